/**
 * The contract's request bodies for purchases (SPEC §2) and the purchase requests of issue 24:
 * a readonly user asks for exactly the order they could not pay; an admin pays or declines it.
 * Re-exported by `contract.ts`, the one place the app imports the contract from.
 */
import { z } from './zod';
import {
  EditionSchema,
  isoInstant,
  RegionIdSchema,
  TagSchema,
  ValiditySchema,
} from './contract-base';

const orderBase = {
  subscriptionId: z.string().check(z.minLength(1)),
  expectedVersion: z.int(),
  disclaimerAccepted: z.boolean(),
};

const renewShape = {
  ...orderBase,
  type: z.literal('renew'),
  validity: ValiditySchema,
  quota: z.optional(z.int()),
};
const upgradeShape = {
  ...orderBase,
  type: z.literal('upgrade'),
  method: z.enum(['edition', 'quota']),
  edition: z.optional(EditionSchema),
  quota: z.optional(z.int()),
  billingMode: z.optional(z.enum(['subscription', 'pay-per-use'])),
  validity: z.optional(ValiditySchema),
  tags: z.optional(z.array(TagSchema)),
};
const packShape = {
  ...orderBase,
  type: z.literal('value-added-pack'),
  pack: z.string(),
  quantity: z.int(),
};
/** POST /orders only (issue 24): what this order pays or was priced on */
const paying = {
  /** the purchase request it pays: it must be open and have the same choices */
  purchaseRequestId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** the quote document it was priced on (a ceiling while it is valid) */
  quoteId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
};

export const RenewRequestSchema = z.strictObject({ ...renewShape, ...paying });
export const UpgradeRequestSchema = z.strictObject({ ...upgradeShape, ...paying });
export const PackRequestSchema = z.strictObject({ ...packShape, ...paying });
export const UnsubscribeRequestSchema = z.strictObject({
  subscriptionId: z.string().check(z.minLength(1)),
  expectedVersion: z.int(),
  disclaimerAccepted: z.optional(z.boolean()),
  type: z.literal('unsubscribe'),
  reason: z.optional(z.string().check(z.maxLength(500))),
});

export const OrderRequestSchema = z.discriminatedUnion('type', [
  RenewRequestSchema,
  UpgradeRequestSchema,
  PackRequestSchema,
  UnsubscribeRequestSchema,
]);

// ---- purchase requests (issue 24) ---------------------------------------------

/** The orders a purchase request may stand for: Renew, Upgrade / Increase Quota, a value-added pack. */
export const RequestableOrderSchema = z.discriminatedUnion('type', [
  z.strictObject(renewShape),
  z.strictObject(upgradeShape),
  z.strictObject(packShape),
]);

export const PURCHASE_REQUEST_NOTE_MAX = 500;

/** POST /purchase-requests */
export const CreatePurchaseRequestSchema = z.strictObject({
  order: RequestableOrderSchema,
  note: z.optional(z.string().check(z.maxLength(PURCHASE_REQUEST_NOTE_MAX))),
});
/** POST /purchase-requests/:id/decline */
export const DeclinePurchaseRequestSchema = z.strictObject({
  reason: z.string().check(z.maxLength(PURCHASE_REQUEST_NOTE_MAX)),
});

export const PurchaseRequestStatusSchema = z.enum(['open', 'paid', 'declined', 'expired']);

export const PurchaseRequestSchema = z.strictObject({
  /** "PR-…", from the world's id counter */
  id: z.string(),
  order: RequestableOrderSchema,
  subscriptionId: z.string(),
  region: RegionIdSchema,
  note: z.nullable(z.string()),
  /** who asked: the signed-in user's email (reference backend), or the role's name (in-page mock) */
  requestedBy: z.string(),
  createdAt: isoInstant,
  /** only ever open → paid | declined | expired */
  status: PurchaseRequestStatusSchema,
  /** the price when it was asked for, in cents */
  quotedAmount: z.int(),
  /** when it left `open` */
  closedAt: z.optional(isoInstant),
  /** paid: the order that paid it */
  orderId: z.optional(z.string()),
  /** declined: the admin's reason, and who declined */
  declineReason: z.optional(z.string()),
  declinedBy: z.optional(z.string()),
  /** expired: the rule that makes it impossible now (the code an order would be refused with), in words */
  expiredReason: z.optional(z.strictObject({ code: z.string(), message: z.string() })),
});

/** A request as the API shows it: with today's price and what the caller may do with it. */
export const PurchaseRequestViewSchema = z.extend(PurchaseRequestSchema, {
  /** open: the price of the same choices on today's state (null when it cannot be priced) */
  currentAmount: z.nullable(z.int()),
  actions: z.strictObject({ pay: z.boolean(), decline: z.boolean() }),
});
export const PurchaseRequestListSchema = z.strictObject({
  items: z.array(PurchaseRequestViewSchema),
});

export type RenewRequest = z.infer<typeof RenewRequestSchema>;
export type UpgradeRequest = z.infer<typeof UpgradeRequestSchema>;
export type PackRequest = z.infer<typeof PackRequestSchema>;
export type UnsubscribeRequest = z.infer<typeof UnsubscribeRequestSchema>;
export type OrderRequest = z.infer<typeof OrderRequestSchema>;
export type RequestableOrder = z.infer<typeof RequestableOrderSchema>;
export type CreatePurchaseRequest = z.infer<typeof CreatePurchaseRequestSchema>;
export type DeclinePurchaseRequest = z.infer<typeof DeclinePurchaseRequestSchema>;
export type PurchaseRequestStatus = z.infer<typeof PurchaseRequestStatusSchema>;
export type PurchaseRequest = z.infer<typeof PurchaseRequestSchema>;
export type PurchaseRequestView = z.infer<typeof PurchaseRequestViewSchema>;
export type PurchaseRequestList = z.infer<typeof PurchaseRequestListSchema>;
