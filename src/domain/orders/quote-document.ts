/**
 * Issue 24: POST /quote-documents makes a stored quote of an order's choices (a readonly user
 * may: a quote commits nothing); GET /quote-documents/:id reads it with its status and what
 * paying it costs now.
 */
import { DAY_MS, QUOTE_DOCUMENTS } from '../catalog';
import type { OrderRequest } from '../contract';
import type { QuoteDocument, StoredQuoteDocument } from '../contract-quotes';
import { ok, refuse, type Result } from '../errors';
import { quoteChange, quoteStatus } from '../quote-documents';
import { toIso } from '../time';
import { findBySubscriptionId, nextId, type World } from '../world';
import { checkVersion, locate } from './plan';
import { quoteOrder } from './place';

export function createQuoteDocument(
  world: World,
  req: OrderRequest,
  nowMs: number,
): Result<{ world: World; document: StoredQuoteDocument }> {
  if (req.type === 'unsubscribe')
    return refuse(
      'VALIDATION_FAILED',
      'A quote is made for a purchase: a renewal, an upgrade or a value-added pack.',
      { field: 'type' },
    );
  if (req.quoteId !== undefined)
    return refuse(
      'VALIDATION_FAILED',
      'A quote is made from the choices of an order, not from another quote: leave quoteId out.',
      { field: 'quoteId' },
    );
  if (req.purchaseRequestId !== undefined)
    return refuse(
      'VALIDATION_FAILED',
      'A quote prices choices; a purchase request is paid with an order: leave purchaseRequestId out.',
      { field: 'purchaseRequestId' },
    );
  const located = locate(world, req.subscriptionId);
  if (!located.ok) return located;
  const state = located.value;
  const version = checkVersion(state.subscription, req.expectedVersion);
  if (!version.ok) return version;
  const priced = quoteOrder(world, req, nowMs);
  if (!priced.ok) return priced;
  const [id, numbered] = nextId(world, 'Q', nowMs);
  const quote = priced.value;
  const document: StoredQuoteDocument = {
    id,
    order: { ...req, disclaimerAccepted: false },
    subscriptionId: state.subscription.id,
    region: state.region,
    account: { ...world.account },
    subscriptionVersion: state.subscription.version,
    items: quote.items,
    amount: quote.amount,
    currency: 'USD',
    ...(quote.remainingDays !== undefined && { remainingDays: quote.remainingDays }),
    ...(quote.newExpiresAt !== undefined && { newExpiresAt: quote.newExpiresAt }),
    createdAt: toIso(nowMs),
    validUntil: toIso(nowMs + QUOTE_DOCUMENTS.validDays * DAY_MS),
  };
  const kept = [document, ...numbered.quoteDocuments].slice(0, QUOTE_DOCUMENTS.kept);
  return ok({ world: { ...numbered, quoteDocuments: kept }, document });
}

/** The document as the API answers it: its status now, and the price of paying it now. */
export function quoteDocumentView(
  world: World,
  doc: StoredQuoteDocument,
  nowMs: number,
): QuoteDocument {
  const subscription = findBySubscriptionId(world, doc.subscriptionId)?.subscription;
  const status = quoteStatus(doc, subscription, nowMs);
  const priced = quoteOrder(
    world,
    {
      ...doc.order,
      expectedVersion: subscription?.version ?? doc.subscriptionVersion,
      quoteId: doc.id,
    } as OrderRequest,
    nowMs,
  );
  if (!priced.ok)
    return {
      ...doc,
      status,
      current: null,
      change: 'refused',
      refusal: { code: priced.error.code, message: priced.error.message },
    };
  const { amount, items } = priced.value;
  return {
    ...doc,
    status,
    current: { amount, currency: 'USD', items },
    change: quoteChange(doc, status, priced.value),
  };
}
