/**
 * R18: the unsubscribe refund is the cash paid for the current term minus what was consumed,
 * order by order: never more than was paid, never less than 0.
 */
import { DAY_MS, LIFECYCLE } from '../catalog';
import type { Order, Subscription } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { roundHalfUp } from '../pricing';
import { toMs } from '../time';
import type { RegionState } from '../world';
import { lineItem } from './describe';
import { context, type OrderPlan } from './plan';

/** The orders paid for the subscription's current term: positive amounts since it started. */
export function termPaidOrders(orders: readonly Order[], sub: Subscription): Order[] {
  if (sub.startedAt === null) return [];
  const since = toMs(sub.startedAt);
  return orders.filter(
    (o) =>
      o.subscriptionId === sub.id &&
      o.amount > 0 &&
      o.type !== 'unsubscribe' &&
      toMs(o.createdAt) >= since,
  );
}

export type RefundLine = {
  orderId: string;
  paid: number;
  consumed: number;
  refund: number;
  elapsedDays: number;
  spanDays: number;
};

/**
 * One paid order's share: consumed = round(amount × elapsedDays / spanDays), half up, where
 * elapsedDays counts whole days since its span began (none before it, at most the span);
 * an order paid within the last `fullRefundDays` has consumed nothing.
 */
export function refundLine(order: Order, nowMs: number): RefundLine {
  const from = order.span ? toMs(order.span.from) : toMs(order.createdAt);
  const to = order.span ? toMs(order.span.to) : from;
  const spanDays = Math.max(1, Math.ceil((to - from) / DAY_MS));
  const elapsedDays = Math.min(spanDays, Math.max(0, Math.floor((nowMs - from) / DAY_MS)));
  const paidRecently = nowMs - toMs(order.createdAt) <= LIFECYCLE.fullRefundDays * DAY_MS;
  const consumed = paidRecently ? 0 : roundHalfUp(order.amount * elapsedDays, spanDays);
  return {
    orderId: order.id,
    paid: order.amount,
    consumed,
    refund: order.amount - consumed,
    elapsedDays: paidRecently ? 0 : elapsedDays,
    spanDays,
  };
}

/** R18: Σ (paid − consumed) over the term's paid orders, oldest first. Pay-per-use refunds nothing. */
export function unsubscribeRefund(
  sub: Subscription,
  orders: readonly Order[],
  nowMs: number,
): { amount: number; lines: RefundLine[] } {
  if (sub.billingMode !== 'subscription') return { amount: 0, lines: [] };
  const lines = termPaidOrders(orders, sub)
    .map((o) => refundLine(o, nowMs))
    .reverse();
  return { amount: lines.reduce((sum, l) => sum + l.refund, 0), lines };
}

export function planUnsubscribe(
  state: RegionState,
  orders: readonly Order[],
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status, daysLeft } = context(state, nowMs);
  if (sub.billingMode === 'free' || status === 'released') {
    return refuse(
      'NOT_SUBSCRIBED',
      'There is no paid subscription in this region to unsubscribe from.',
      { details: { status } },
    );
  }
  const refund = unsubscribeRefund(sub, orders, nowMs);
  const items =
    refund.lines.length === 0
      ? [lineItem('refundNone', 0, {})]
      : refund.lines.map((l) => lineItem('refund', -l.refund, l));
  return ok({
    quote: {
      amount: -refund.amount,
      currency: 'USD',
      items,
      remainingDays: Math.max(0, daysLeft ?? 0),
      newExpiresAt: null,
    },
    next: {
      ...sub,
      edition: 'basic',
      billingMode: 'free',
      quota: null,
      expiresAt: null,
      startedAt: null,
      autoRenew: false,
      autoRenewMonths: null,
      packs: [],
    },
    // what the confirmation names as lost: the region is Basic again, with no retained configurations or data
    resetData: true,
  });
}
