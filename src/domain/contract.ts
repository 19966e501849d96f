/**
 * The HTTP contract of SPEC §2 as zod schemas: one source for the mock's handlers
 * (request validation), the client (types, response parsing) and the OpenAPI document.
 * Shapes only; the rules (ranges, states) are the named functions of the domain.
 */
import { z } from './zod';
import { ERROR_CODES } from './error-codes';
import {
  AssetForecastSchema,
  BillingModeSchema,
  EditionSchema,
  isoInstant,
  MessageKindSchema,
  OrderTypeSchema,
  PackLineSchema,
  RegionIdSchema,
  StatusSchema,
  TagSchema,
} from './contract-base';

export { REGIONS, type RegionId } from './catalog';
export { ERROR_CODES, type ErrorCode } from './error-codes';
export {
  AssetForecastSchema,
  BillingModeSchema,
  EditionSchema,
  MessageKindSchema,
  OrderTypeSchema,
  PackLineSchema,
  RegionIdSchema,
  RoleSchema,
  ScenarioNameSchema,
  StatusSchema,
  TagSchema,
  ValiditySchema,
  type AssetForecast,
  type Edition,
  type MessageKind,
  type OrderType,
  type Role,
  type ScenarioName,
  type Status,
  type Tag,
  type Validity,
} from './contract-base';
export * from './contract-reference';
export * from './contract-requests';

export const SubscriptionSchema = z.strictObject({
  id: z.string(),
  region: RegionIdSchema,
  edition: EditionSchema,
  billingMode: BillingModeSchema,
  quota: z.nullable(z.int()),
  expiresAt: z.nullable(isoInstant),
  /** when the current term was bought (null on Basic) */
  startedAt: z.nullable(isoInstant),
  autoRenew: z.boolean(),
  autoRenewMonths: z.nullable(z.int()),
  tags: z.array(TagSchema),
  /** value-added packs attached to the subscription; they end with it */
  packs: z.array(PackLineSchema),
  version: z.int(),
});

export const RetainedDataSchema = z.strictObject({
  assetGroups: z.int(),
  tags: z.int(),
  quarantinedFiles: z.int(),
  vulnerabilityWhitelist: z.int(),
  baselinePolicies: z.int(),
  baselineWhitelist: z.int(),
  assetFingerprints: z.int(),
});

export const BillableAssetsSchema = z.strictObject({
  ecs: z.int(),
  external: z.int(),
  total: z.int(),
});

/** the quotas a page may offer for an order (R6, R11): `checkNewQuota` accepts every one of them */
export const QuotaRangeSchema = z.strictObject({ min: z.int(), max: z.int() });

export const SubscriptionViewSchema = z.strictObject({
  subscription: SubscriptionSchema,
  status: StatusSchema,
  daysLeft: z.nullable(z.int()),
  billableAssets: BillableAssetsSchema,
  /** billable / quota × 100, rounded down; null without a quota */
  usagePercent: z.nullable(z.int()),
  upgradeRequired: z.boolean(),
  /** assets that may still be added before an upgrade becomes required (null without a quota) */
  assetsBeforeUpgradeRequired: z.nullable(z.int()),
  /** the lowest asset count at which an upgrade is required (null without a quota) */
  upgradeThresholdAssets: z.nullable(z.int()),
  retentionEndsAt: z.nullable(isoInstant),
  retainedData: RetainedDataSchema,
  /** the edition the region is served as: Basic once released (R4, R15) */
  effectiveEdition: EditionSchema,
  /** the actions the rules allow now; pages show buttons from these, never decide */
  actions: z.strictObject({
    renew: z.boolean(),
    upgrade: z.boolean(),
    increaseQuota: z.boolean(),
    buyPack: z.boolean(),
    unsubscribe: z.boolean(),
    buy: z.boolean(),
  }),
  /** the quota the region is served with: null on Basic, pay-per-use and once released (R4, R6) */
  effectiveQuota: z.nullable(z.int()),
  /** auto-renew is a setting of this subscription (subscription billing, not released) */
  autoRenewApplies: z.boolean(),
  /** R7 warned, not blocked: live, at 100 % of the quota or more, an upgrade not yet required */
  nearUpgradeThreshold: z.boolean(),
  /** what the Upgrade wizard may offer now (R9); the API still checks every order */
  upgradeOptions: z.strictObject({
    /** R10: the editions above the current one (a new purchase: every paid one), lowest first */
    editions: z.array(EditionSchema),
    /** R6, R11: the quota of a version upgrade or new purchase, and of Increase Quota; null where not offered */
    quota: z.strictObject({
      edition: z.nullable(QuotaRangeSchema),
      quota: z.nullable(QuotaRangeSchema),
    }),
  }),
  /** issue 24: when the assets reach 100 % and 120 % at the current trend; null without one */
  forecast: z.nullable(AssetForecastSchema),
});

export const AssetHistoryPointSchema = z.strictObject({ date: z.iso.date(), total: z.int() });
export const OverviewResponseSchema = z.extend(SubscriptionViewSchema, {
  assetHistory: z.array(AssetHistoryPointSchema),
});
export const SubscriptionListSchema = z.strictObject({ items: z.array(SubscriptionViewSchema) });
export const SubscriptionDetailSchema = SubscriptionViewSchema;

export const PatchSubscriptionRequestSchema = z.strictObject({
  autoRenew: z.optional(z.boolean()),
  autoRenewMonths: z.optional(z.nullable(z.int())),
  tags: z.optional(z.array(TagSchema)),
  expectedVersion: z.int(),
});

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** `description` is English; `key` and `params` let the UI word the line in its own language. */
export const LineItemSchema = z.strictObject({
  description: z.string(),
  amount: z.int(),
  key: z.optional(z.string()),
  params: z.optional(ParamsSchema),
});

export const QuoteSchema = z.strictObject({
  amount: z.int(),
  currency: z.literal('USD'),
  items: z.array(LineItemSchema),
  remainingDays: z.optional(z.int()),
  /** the subscription's new expiry if paid (renewals, new purchases) */
  newExpiresAt: z.optional(z.nullable(isoInstant)),
  /** pay-per-use: the hourly rate the order starts, in cents per asset per hour */
  hourlyRate: z.optional(z.int()),
});

export const OrderSchema = z.strictObject({
  id: z.string(),
  type: OrderTypeSchema,
  region: RegionIdSchema,
  subscriptionId: z.string(),
  /** cents; negative for an unsubscribe refund */
  amount: z.int(),
  currency: z.literal('USD'),
  items: z.array(LineItemSchema),
  status: z.literal('paid'),
  createdAt: isoInstant,
  /** edition after the order (R15) */
  edition: EditionSchema,
  /** R18: the time a payment covers (a renewal: from the expiry it extends); none for a refund or pay-per-use */
  span: z.optional(z.strictObject({ from: isoInstant, to: isoInstant })),
});

export const OrderResultSchema = z.strictObject({
  order: OrderSchema,
  subscription: SubscriptionSchema,
});
export const OrderListSchema = z.strictObject({ items: z.array(OrderSchema) });

export const MessageSchema = z.strictObject({
  id: z.string(),
  kind: MessageKindSchema,
  title: z.string(),
  body: z.string(),
  createdAt: isoInstant,
  read: z.boolean(),
  region: z.optional(RegionIdSchema),
  /** values the UI may use to word the message in its own language */
  params: z.optional(ParamsSchema),
});
export const MessagesResponseSchema = z.strictObject({
  items: z.array(MessageSchema),
  unread: z.int(),
});
/** POST /messages/:id/read */
export const MarkReadResponseSchema = z.strictObject({ message: MessageSchema, unread: z.int() });

// ---- errors -----------------------------------------------------------------

/** Every code the API answers with (the error body's `code` stays a string, so new codes do not break clients). */
export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const ApiErrorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    field: z.optional(z.string()),
    details: z.optional(z.record(z.string(), z.unknown())),
  }),
});

// ---- types --------------------------------------------------------------------

export type Subscription = z.infer<typeof SubscriptionSchema>;
export type RetainedData = z.infer<typeof RetainedDataSchema>;
export type SubscriptionView = z.infer<typeof SubscriptionViewSchema>;
export type QuotaRange = z.infer<typeof QuotaRangeSchema>;
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;
export type SubscriptionList = z.infer<typeof SubscriptionListSchema>;
export type PatchSubscriptionRequest = z.infer<typeof PatchSubscriptionRequestSchema>;
export type LineItem = z.infer<typeof LineItemSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type OrderResult = z.infer<typeof OrderResultSchema>;
export type OrderList = z.infer<typeof OrderListSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type MessagesResponse = z.infer<typeof MessagesResponseSchema>;
export type MarkReadResponse = z.infer<typeof MarkReadResponseSchema>;
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
