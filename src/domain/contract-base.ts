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
  /** issue 24: a readonly user asked the admins to pay for a purchase */
  'purchase-request',
  /** issue 24: the requester hears back — the request was paid, declined or expired */
  'purchase-request-paid',
  'purchase-request-declined',
  'purchase-request-expired',
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
  'rising-trend',
  'open-request',
]);

export const TagSchema = z.strictObject({ key: z.string(), value: z.string() });
export const ValiditySchema = z.strictObject({ unit: z.enum(['month', 'year']), count: z.int() });
export const PackLineSchema = z.strictObject({ pack: z.enum(PACK_IDS), quantity: z.int() });

/** a point of the forecast's trend line: a UTC day and the line's value there (not whole) */
const TrendPointSchema = z.strictObject({ date: z.iso.date(), total: z.number() });

/**
 * Issue 24: the growth forecast at the least-squares trend of the daily asset totals; null when
 * there is no quota, fewer than 7 days of history, a flat or falling trend, or an upgrade required.
 */
export const AssetForecastSchema = z.strictObject({
  /** billable assets added per day on the trend line (> 0), rounded to hundredths */
  slopePerDay: z.number(),
  /** the UTC day the assets reach 100 % of the quota (today or later); null: reached already */
  quotaReachedOn: z.nullable(z.iso.date()),
  /** the UTC day they reach 120 %, when an upgrade becomes required (R7); today or later */
  upgradeRequiredOn: z.iso.date(),
  /** the trend line from the first day of history to the day of 120 %, for the chart */
  trendLine: z.strictObject({ from: TrendPointSchema, to: TrendPointSchema }),
  /** the smallest quota staying under 100 % until expiry, within the quota range on offer (R6, R11); null when the current one does or none can */
  suggestedQuota: z.nullable(z.int()),
});

export type AssetForecast = z.infer<typeof AssetForecastSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type Validity = z.infer<typeof ValiditySchema>;
export type MessageKind = z.infer<typeof MessageKindSchema>;
export type ScenarioName = z.infer<typeof ScenarioNameSchema>;
export type OrderType = z.infer<typeof OrderTypeSchema>;
