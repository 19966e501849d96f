/**
 * Issue 24, a quote to approve: the stored quote document (`POST /quote-documents`,
 * `GET /quote-documents/:id`). Apart from contract.ts, which it builds on; the app imports it
 * from here.
 */
import { z } from './zod';
import { isoInstant, RegionIdSchema } from './contract-base';
import { LineItemSchema, OrderRequestSchema } from './contract';

export const QuoteDocumentStatusSchema = z.enum(['valid', 'expired', 'superseded']);

/** What is kept in the world: the status is derived at every read, never stored. */
export const StoredQuoteDocumentSchema = z.strictObject({
  /** `Q-<yyyymmdd>-<counter>`, from the world's id counter: never reused */
  id: z.string(),
  /** the choices quoted, as an order body (the disclaimer is the payer's, not the quote's) */
  order: OrderRequestSchema,
  subscriptionId: z.string(),
  region: RegionIdSchema,
  account: z.strictObject({ id: z.string(), name: z.string() }),
  /** the subscription's version the price was made on: a later purchase supersedes the quote */
  subscriptionVersion: z.int(),
  items: z.array(LineItemSchema),
  amount: z.int(),
  currency: z.literal('USD'),
  remainingDays: z.optional(z.int()),
  newExpiresAt: z.optional(z.nullable(isoInstant)),
  createdAt: isoInstant,
  /** createdAt + 7 days */
  validUntil: isoInstant,
});

/**
 * How an order placed with this quote now compares with it: `none` (the quoted price),
 * `lower` (valid, and today's price is lower: fewer days remain to pay for), `expired`,
 * `superseded` (the subscription changed since), `refused` (the order is refused today).
 */
export const QuoteChangeSchema = z.enum(['none', 'lower', 'expired', 'superseded', 'refused']);

/** POST /quote-documents (201) and GET /quote-documents/:id */
export const QuoteDocumentSchema = z.extend(StoredQuoteDocumentSchema, {
  status: QuoteDocumentStatusSchema,
  /** what Pay Now with this quote's choices and `quoteId` costs now; null when it is refused */
  current: z.nullable(
    z.strictObject({
      amount: z.int(),
      currency: z.literal('USD'),
      items: z.array(LineItemSchema),
    }),
  ),
  change: QuoteChangeSchema,
  /** why the order is refused today (change `refused`) */
  refusal: z.optional(z.strictObject({ code: z.string(), message: z.string() })),
});

export type QuoteDocumentStatus = z.infer<typeof QuoteDocumentStatusSchema>;
export type StoredQuoteDocument = z.infer<typeof StoredQuoteDocumentSchema>;
export type QuoteChange = z.infer<typeof QuoteChangeSchema>;
export type QuoteDocument = z.infer<typeof QuoteDocumentSchema>;
