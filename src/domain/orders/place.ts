/**
 * POST /quotes and POST /orders: every order type through the same checks — role (R14),
 * optimistic version, the type's rules, disclaimer (R13) — and idempotency.
 * `quoteOrder` prices a request and changes nothing; `placeOrder` returns the new world.
 */
import type { Order, OrderRequest, Subscription } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { paymentSucceededMessage, send } from '../messages';
import { fingerprint } from '../fingerprint';
import { applyQuote } from '../quote-documents';
import { toIso } from '../time';
import { EMPTY_DATA, findBySubscriptionId, nextId, withRegion, type World } from '../world';
import { checkPayable, markPaid } from '../purchase-requests';
import { checkDisclaimer, checkRole, checkVersion, locate } from './plan';
import { planFor } from './quote';

export { quoteOrder } from './quote';
export { fingerprint } from '../fingerprint';

export type PlacedOrder = {
  world: World;
  order: Order;
  subscription: Subscription;
  replayed: boolean;
};

/** The keys remembered, newest last: a key older than these is a new payment attempt. */
export const MAX_IDEMPOTENCY_KEYS = 500;

/**
 * Where a key is kept in `world.idempotency`: prefixed, so a key such as `constructor` or
 * `__proto__` is an ordinary new key, never a property every object inherits (nor one JSON drops).
 */
const idempotencySlot = (key: string): string => `key:${key}`;

/**
 * POST /orders. Checks in order: idempotent replay, subscription, role (R14), version, the order's rules,
 * disclaimer (R13). A refusal returns no world: nothing changes.
 */
export function placeOrder(
  world: World,
  req: OrderRequest,
  idempotencyKey: string,
  nowMs: number,
): Result<PlacedOrder> {
  const print = fingerprint(req);
  const slot = idempotencySlot(idempotencyKey);
  const previous = Object.hasOwn(world.idempotency, slot) ? world.idempotency[slot] : undefined;
  if (previous) {
    if (previous.fingerprint !== print) {
      return refuse(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different order. Start a new payment attempt.',
        { details: { orderId: previous.orderId } },
      );
    }
    const order = world.orders.find((o) => o.id === previous.orderId);
    const state = order && findBySubscriptionId(world, order.subscriptionId);
    if (order && state)
      return ok({ world, order, subscription: state.subscription, replayed: true });
    // its order went with a demo since reset: one key never makes a second order
    return refuse(
      'IDEMPOTENCY_KEY_REUSED',
      'This payment attempt belongs to a demo that has since been reset or replaced. Start a new payment attempt.',
      { details: { orderId: previous.orderId } },
    );
  }
  const located = locate(world, req.subscriptionId);
  if (!located.ok) return located;
  const state = located.value;
  const role = checkRole(world.role);
  if (!role.ok) return role;
  const version = checkVersion(state.subscription, req.expectedVersion);
  if (!version.ok) return version;
  // issue 24: an order that pays a purchase request pays exactly it, once
  const paying = checkPayable(world, req);
  if (!paying.ok) return paying;
  const plan = planFor(world, state, req, nowMs);
  if (!plan.ok) return plan;
  const disclaimer = checkDisclaimer(req);
  if (!disclaimer.ok) return disclaimer;
  const priced = applyQuote(world, req, plan.value.quote, state.subscription, nowMs);
  if (!priced.ok) return priced;

  const [orderId, numbered] = nextId(world, 'ORD', nowMs);
  const subscription: Subscription = {
    ...plan.value.next,
    version: state.subscription.version + 1,
  };
  const order: Order = {
    id: orderId,
    type: req.type,
    region: state.region,
    subscriptionId: subscription.id,
    amount: priced.value.amount,
    currency: 'USD',
    items: priced.value.items,
    status: 'paid',
    createdAt: toIso(nowMs),
    edition: subscription.edition,
    ...(plan.value.span && { span: plan.value.span }),
  };
  const keys = Object.entries({
    ...numbered.idempotency,
    [slot]: { fingerprint: print, orderId },
  }).slice(-MAX_IDEMPOTENCY_KEYS);
  const placed = withRegion(
    { ...numbered, orders: [order, ...numbered.orders], idempotency: Object.fromEntries(keys) },
    { ...state, subscription, data: plan.value.resetData ? { ...EMPTY_DATA } : state.data },
  );
  // the request it pays is marked paid in the same world update
  const next = paying.value ? markPaid(placed, paying.value.id, orderId, nowMs) : placed;
  return ok({
    world: send(next, paymentSucceededMessage(order), nowMs),
    order,
    subscription,
    replayed: false,
  });
}
