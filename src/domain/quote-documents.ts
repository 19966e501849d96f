/**
 * Issue 24, a quote to approve: when a quote document holds and what an order placed with it
 * costs. Pure: the clock is passed in.
 *
 * A quote is valid until `validUntil` (7 days) while the subscription keeps the version it was
 * priced on. While valid, an order with the quote's choices is charged the lower of the quoted
 * price and today's: upgrades and packs are prorated by the remaining days, so today's price of
 * the same choices may be lower a few days later — a quote is a ceiling, never a reason to pay
 * more. An expired or superseded quote, or other choices, change nothing: today's price.
 */
import type { OrderRequest, Quote, Subscription } from './contract';
import type { QuoteChange, QuoteDocumentStatus, StoredQuoteDocument } from './contract-quotes';
import { ok, refuse, type Result } from './errors';
import { sameChoices } from './fingerprint';
import type { World } from './world';

/** expired after `validUntil`; superseded once the subscription changed (a purchase since) */
export function quoteStatus(
  doc: StoredQuoteDocument,
  subscription: Pick<Subscription, 'id' | 'version'> | undefined,
  nowMs: number,
): QuoteDocumentStatus {
  if (nowMs > Date.parse(doc.validUntil)) return 'expired';
  if (subscription?.id !== doc.subscriptionId || subscription.version !== doc.subscriptionVersion)
    return 'superseded';
  return 'valid';
}

/**
 * The price of `req` placed with `doc`, given `current`, today's price of `req`: the lower of the
 * two (with its own line items) while the quote is valid for these choices; else today's.
 */
export function priceWithQuote(
  doc: StoredQuoteDocument,
  req: OrderRequest,
  current: Quote,
  subscription: Pick<Subscription, 'id' | 'version' | 'tags'> | undefined,
  nowMs: number,
): Quote {
  if (
    quoteStatus(doc, subscription, nowMs) !== 'valid' ||
    !sameChoices(doc.order, req, subscription?.tags)
  )
    return current;
  if (current.amount < doc.amount) return current;
  const quoted: Quote = { ...current, amount: doc.amount, items: doc.items };
  if (doc.remainingDays === undefined) delete quoted.remainingDays;
  else quoted.remainingDays = doc.remainingDays;
  return quoted;
}

/** How the price of an order placed with the quote compares with it (for the wizard to say why). */
export function quoteChange(
  doc: StoredQuoteDocument,
  status: QuoteDocumentStatus,
  price: Pick<Quote, 'amount'>,
): QuoteChange {
  if (status !== 'valid') return status;
  return price.amount < doc.amount ? 'lower' : 'none';
}

export const findQuoteDocument = (world: World, id: string): StoredQuoteDocument | undefined =>
  world.quoteDocuments.find((d) => d.id === id);

/**
 * POST /quotes and POST /orders with `quoteId`: the price `quote` (today's) as the quote document
 * bounds it. An unknown quote is refused, naming the field; one that no longer holds, or was made
 * for other choices, leaves today's price.
 */
export function applyQuote(
  world: World,
  req: OrderRequest,
  quote: Quote,
  subscription: Subscription,
  nowMs: number,
): Result<Quote> {
  const quoteId = req.type === 'unsubscribe' ? undefined : req.quoteId;
  if (quoteId === undefined) return ok(quote);
  const doc = findQuoteDocument(world, quoteId);
  if (!doc)
    return refuse(
      'NOT_FOUND',
      `There is no quote ${quoteId}. Remove it from the order to pay today's price.`,
      { field: 'quoteId' },
    );
  return ok(priceWithQuote(doc, req, quote, subscription, nowMs));
}
