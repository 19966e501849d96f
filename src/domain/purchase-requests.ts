/**
 * Issue 24: purchase requests. A readonly user asks for exactly the order they may not pay (R14);
 * an admin pays it (an order naming it) or declines it; it expires when the subscription's state
 * makes it impossible — the same rules an order is checked by refuse it — or when it is old.
 * Status only moves open → paid | declined | expired, never back.
 */
import { DAY_MS, PURCHASE_REQUESTS } from './catalog';
import type {
  CreatePurchaseRequest,
  OrderRequest,
  PurchaseRequest,
  PurchaseRequestView,
} from './contract';
import { ok, refuse, type DomainError, type Result } from './errors';
import {
  purchaseRequestDeclinedMessage,
  purchaseRequestExpiredMessage,
  purchaseRequestMessage,
  purchaseRequestPaidMessage,
  send,
} from './messages';
import { checkVersion, locate } from './orders/plan';
import { sameChoices } from './fingerprint';
import { quoteOrder } from './orders/quote';
import { toIso, toMs } from './time';
import { findBySubscriptionId, nextId, type World } from './world';

/** An error about the request's order names its field inside `order`. */
const inOrder = (error: DomainError): DomainError => ({
  ...error,
  ...(error.field !== undefined && { field: `order.${error.field}` }),
});

/**
 * POST /purchase-requests: the order is checked by the rules an order is (not the Disclaimer,
 * which the payer accepts, nor the role: asking is what a readonly user may do).
 */
export function createPurchaseRequest(
  world: World,
  input: CreatePurchaseRequest,
  requestedBy: string,
  nowMs: number,
): Result<{ world: World; request: PurchaseRequest }> {
  const { order } = input;
  const located = locate(world, order.subscriptionId);
  if (!located.ok) return { ok: false, error: inOrder(located.error) };
  const version = checkVersion(located.value.subscription, order.expectedVersion);
  if (!version.ok) return { ok: false, error: inOrder(version.error) };
  const quote = quoteOrder(world, order, nowMs);
  if (!quote.ok) return { ok: false, error: inOrder(quote.error) };
  const [id, numbered] = nextId(world, 'PR', nowMs);
  const note = input.note?.trim() ?? '';
  const request: PurchaseRequest = {
    id,
    order: { ...order, disclaimerAccepted: false },
    subscriptionId: order.subscriptionId,
    region: located.value.region,
    note: note === '' ? null : note,
    requestedBy,
    createdAt: toIso(nowMs),
    status: 'open',
    quotedAmount: quote.value.amount,
  };
  const next = {
    ...numbered,
    purchaseRequests: [request, ...numbered.purchaseRequests].slice(0, PURCHASE_REQUESTS.maxKept),
  };
  return ok({ world: send(next, purchaseRequestMessage(request), nowMs), request });
}

export function findPurchaseRequest(world: World, id: string): Result<PurchaseRequest> {
  const found = world.purchaseRequests.find((r) => r.id === id);
  return found ? ok(found) : refuse('NOT_FOUND', `There is no purchase request ${id}.`);
}

const notOpen = (request: PurchaseRequest, field?: string): Result<never> =>
  refuse(
    'PURCHASE_REQUEST_NOT_OPEN',
    `Purchase request ${request.id} is ${request.status} already: it can no longer be paid or declined.`,
    { ...(field !== undefined && { field }), details: { status: request.status } },
  );

function replaceRequest(world: World, next: PurchaseRequest): World {
  return {
    ...world,
    purchaseRequests: world.purchaseRequests.map((r) => (r.id === next.id ? next : r)),
  };
}

/** POST /purchase-requests/:id/decline: an admin's, with a reason, of an open request only. */
export function declinePurchaseRequest(
  world: World,
  id: string,
  reason: string,
  declinedBy: string,
  nowMs: number,
): Result<{ world: World; request: PurchaseRequest }> {
  const found = findPurchaseRequest(world, id);
  if (!found.ok) return found;
  if (world.role !== 'admin') {
    return refuse(
      'FORBIDDEN',
      'Only an administrator may decline a purchase request. Ask an administrator to grant the purchase permission.',
      { details: { helpUrl: '/help/permissions', role: world.role } },
    );
  }
  if (found.value.status !== 'open') return notOpen(found.value);
  const words = reason.trim();
  if (words === '')
    return refuse('VALIDATION_FAILED', 'Say why the request is declined (1 to 500 characters).', {
      field: 'reason',
    });
  const request: PurchaseRequest = {
    ...found.value,
    status: 'declined',
    declineReason: words,
    declinedBy,
    closedAt: toIso(nowMs),
  };
  // the requester hears back, in the same world update
  return ok({
    world: send(
      replaceRequest(world, request),
      purchaseRequestDeclinedMessage(request, words, declinedBy),
      nowMs,
    ),
    request,
  });
}

/**
 * POST /orders with `purchaseRequestId`: the request must be open and the order must be exactly
 * its choices (a payer who changed them is refused, so a request is never marked paid by another
 * purchase).
 */
export function checkPayable(world: World, req: OrderRequest): Result<PurchaseRequest | undefined> {
  if (req.type === 'unsubscribe' || req.purchaseRequestId === undefined) return ok(undefined);
  const found = world.purchaseRequests.find((r) => r.id === req.purchaseRequestId);
  if (!found)
    return refuse('NOT_FOUND', `There is no purchase request ${req.purchaseRequestId}.`, {
      field: 'purchaseRequestId',
    });
  if (found.status !== 'open') return notOpen(found, 'purchaseRequestId');
  // an order without tags keeps the subscription's: the same choice as one naming them
  const tags = findBySubscriptionId(world, req.subscriptionId)?.subscription.tags;
  if (!sameChoices(found.order, req, tags))
    return refuse(
      'PURCHASE_REQUEST_MISMATCH',
      `These choices differ from purchase request ${found.id}. Pay it with the choices it asks for, or buy other choices without it.`,
      { field: 'purchaseRequestId', details: { requestId: found.id } },
    );
  return ok(found);
}

/** The request paid by `orderId` (placed in the same world update), and the requester told. */
export function markPaid(world: World, id: string, orderId: string, nowMs: number): World {
  const found = world.purchaseRequests.find((r) => r.id === id);
  if (!found || found.status !== 'open') return world;
  const paid = replaceRequest(world, {
    ...found,
    status: 'paid',
    orderId,
    closedAt: toIso(nowMs),
  });
  return send(paid, purchaseRequestPaidMessage(found, orderId), nowMs);
}

/** Why an open request can no longer be paid at `nowMs`, or undefined while it can. */
export function expiryReason(
  world: World,
  request: PurchaseRequest,
  nowMs: number,
): PurchaseRequest['expiredReason'] {
  // the same rules an order is checked by, on today's state (the version is today's)
  const quote = quoteOrder(world, request.order, nowMs);
  if (!quote.ok) return { code: quote.error.code, message: quote.error.message };
  if (nowMs - toMs(request.createdAt) > PURCHASE_REQUESTS.maxAgeDays * DAY_MS) {
    return {
      code: 'REQUEST_TOO_OLD',
      message: `Open for more than ${PURCHASE_REQUESTS.maxAgeDays} days: ask again if it is still needed.`,
    };
  }
  return undefined;
}

/**
 * Open requests that became impossible are stored as expired, with the reason, and the requester
 * told (one message each). Same world when none did.
 */
export function expirePurchaseRequests(world: World, nowMs: number): World {
  const messages: ReturnType<typeof purchaseRequestExpiredMessage>[] = [];
  const purchaseRequests = world.purchaseRequests.map((request) => {
    if (request.status !== 'open') return request;
    const expiredReason = expiryReason(world, request, nowMs);
    if (!expiredReason) return request;
    const next = { ...request, status: 'expired' as const, expiredReason, closedAt: toIso(nowMs) };
    messages.push(purchaseRequestExpiredMessage(next, expiredReason));
    return next;
  });
  if (messages.length === 0) return world;
  // oldest first, so the newest request's message is on top
  return messages.reduceRight((next, message) => send(next, message, nowMs), {
    ...world,
    purchaseRequests,
  });
}

/** A request as the API shows it: today's price of an open one, and what the caller may do. */
export function purchaseRequestView(
  world: World,
  request: PurchaseRequest,
  nowMs: number,
): PurchaseRequestView {
  const open = request.status === 'open';
  const quote = open ? quoteOrder(world, request.order, nowMs) : undefined;
  const currentAmount = quote?.ok ? quote.value.amount : null;
  const admin = world.role === 'admin';
  return {
    ...request,
    currentAmount,
    actions: { pay: open && admin && currentAmount !== null, decline: open && admin },
  };
}
