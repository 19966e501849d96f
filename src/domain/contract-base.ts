/**
 * The contract's names and small shapes (SPEC §2): ids, editions, billing modes, roles,
 * statuses, kinds — what the other parts of the contract are made of. Re-exported by
 * `contract.ts`, the one place the app imports the contract from.
 */
import { z } from './zod';
import { BILLING_MODES, EDITION_IDS, PACK_IDS, REGION_IDS } from './catalog';

export const isoInstant = z.iso.datetime({ offset: true });

export const RegionIdSchema = z.enum(REGION_IDS);
export const EditionSchema = z.enum(EDITION_IDS);
export const BillingModeSchema = z.enum(BILLING_MODES);
export const RoleSchema = z.enum(['admin', 'readonly']);
export const StatusSchema = z.enum(['active', 'expiring', 'expired', 'released']);
export const OrderTypeSchema = z.enum(['renew', 'upgrade', 'value-added-pack', 'unsubscribe']);
export const MessageKindSchema = z.enum([
  'renewal-reminder',
  'upgrade-required',
  'expired',
  'data-removed',
  'payment-succeeded',
  'demo-data-reset',
]);
export const ScenarioNameSchema = z.enum([
  'healthy',
  'near-threshold',
  'upgrade-required',
  'expiring-soon',
  'expired-retention',
  'released',
  'basic-only',
  'multi-region',
  'readonly',
]);

export const TagSchema = z.strictObject({ key: z.string(), value: z.string() });
export const ValiditySchema = z.strictObject({ unit: z.enum(['month', 'year']), count: z.int() });
export const PackLineSchema = z.strictObject({ pack: z.enum(PACK_IDS), quantity: z.int() });

export type Edition = z.infer<typeof EditionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type Validity = z.infer<typeof ValiditySchema>;
export type MessageKind = z.infer<typeof MessageKindSchema>;
export type ScenarioName = z.infer<typeof ScenarioNameSchema>;
export type OrderType = z.infer<typeof OrderTypeSchema>;
