/**
 * The contract's reference reads (SPEC §2): the session, the catalog, the assets, and the demo
 * controls of the mock. Re-exported by `contract.ts`, the one place the app imports the
 * contract from.
 */
import { z } from './zod';
import { PACK_IDS } from './catalog';
import {
  BillingModeSchema,
  EditionSchema,
  isoInstant,
  RegionIdSchema,
  RoleSchema,
  ScenarioNameSchema,
} from './contract-base';

export const SessionSchema = z.strictObject({
  account: z.strictObject({ id: z.string(), name: z.string() }),
  role: RoleSchema,
  regions: z.array(z.strictObject({ id: RegionIdSchema, name: z.string() })),
  now: isoInstant,
  mock: z.boolean(),
});

export const CatalogSchema = z.strictObject({
  currency: z.literal('USD'),
  editions: z.array(
    z.strictObject({
      id: EditionSchema,
      name: z.string(),
      rank: z.int(),
      billingModes: z.array(BillingModeSchema),
      monthlyPrice: z.int(),
      hourlyPrice: z.nullable(z.int()),
      features: z.array(z.string()),
    }),
  ),
  features: z.array(z.string()),
  validity: z.strictObject({
    months: z.array(z.int()),
    years: z.array(z.int()),
    billedMonthsPerYear: z.int(),
  }),
  packs: z.array(
    z.strictObject({
      id: z.enum(PACK_IDS),
      name: z.string(),
      unit: z.enum(['100GB', 'server']),
      monthlyPrice: z.int(),
    }),
  ),
  limits: z.strictObject({
    maxQuota: z.int(),
    minPackQuantity: z.int(),
    maxPackQuantity: z.int(),
    maxTags: z.int(),
    tagKeyMax: z.int(),
    tagValueMax: z.int(),
  }),
  lifecycle: z.strictObject({
    reminderDays: z.int(),
    retentionDays: z.int(),
    upgradeThresholdPercent: z.int(),
    fullRefundDays: z.int(),
  }),
});

export const AssetSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['ecs', 'external']),
  ip: z.string(),
  os: z.string(),
  protected: z.boolean(),
});
export const AssetListSchema = z.strictObject({
  items: z.array(AssetSchema),
  ecs: z.int(),
  external: z.int(),
  total: z.int(),
});

// ---- demo control (mock only) ------------------------------------------------

export const DemoStateSchema = z.strictObject({
  now: isoInstant,
  /** null: the clock follows real time */
  clockOffsetMs: z.number(),
  /** where the demo clock may be moved: one year back to ten years ahead of real time */
  clockRange: z.strictObject({ min: isoInstant, max: isoInstant }),
  role: RoleSchema,
  latencyMs: z.int(),
  failureRate: z.number(),
  scenario: ScenarioNameSchema,
  assets: z.array(z.strictObject({ region: RegionIdSchema, ecs: z.int(), external: z.int() })),
  /** a demo replaced by a reset, a scenario or a repair is kept: POST /demo/restore brings it back */
  canRestore: z.boolean(),
});
export const DemoPatchSchema = z.strictObject({
  /** an instant, or null for real time */
  now: z.optional(z.nullable(isoInstant)),
  role: z.optional(RoleSchema),
  latencyMs: z.optional(z.int()),
  failureRate: z.optional(z.number()),
});
export const DemoAssetsSchema = z.strictObject({
  region: z.string(),
  ecs: z.int(),
  external: z.int(),
});
export const DemoScenarioSchema = z.strictObject({ name: z.string() });

export type Session = z.infer<typeof SessionSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type Asset = z.infer<typeof AssetSchema>;
export type AssetList = z.infer<typeof AssetListSchema>;
export type DemoState = z.infer<typeof DemoStateSchema>;
export type DemoPatch = z.infer<typeof DemoPatchSchema>;
