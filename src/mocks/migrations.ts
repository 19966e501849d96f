/**
 * Stored worlds of older schema versions, upgraded one version at a time on load, so that
 * nothing bought is lost. Each step takes the stored JSON of its version and returns the next;
 * the result is then checked against the current schema. A test per step reads a stored
 * fixture of its version (migrations/fixtures/).
 */
import type { Order, Subscription } from '@/domain/contract';
import { addValidity, toIso, toMs } from '@/domain/time';

type Json = Record<string, unknown>;

const isUnit = (unit: unknown): unit is 'month' | 'year' => unit === 'month' || unit === 'year';

/**
 * 1 → 2: orders carry the span they paid for (R18). Spans are rebuilt by replaying each
 * subscription's current term: a new purchase covers its validity from its payment, a renewal the
 * validity after the expiry it extended, an upgrade or a pack from its payment to that expiry.
 */
function v1ToV2(world: Json): Json {
  const orders = Array.isArray(world.orders) ? (world.orders as Order[]) : [];
  const regions = Array.isArray(world.regions)
    ? (world.regions as { subscription?: Subscription }[])
    : [];
  const spans = new Map<string, { from: string; to: string }>();
  for (const { subscription: sub } of regions) {
    if (!sub || sub.startedAt == null || sub.expiresAt == null) continue;
    const since = toMs(sub.startedAt);
    // stored newest first: reversed, a stable sort keeps orders of the same instant in the order they were placed
    const term = [...orders]
      .reverse()
      .filter(
        (o) =>
          o.subscriptionId === sub.id &&
          o.amount > 0 &&
          o.type !== 'unsubscribe' &&
          toMs(o.createdAt) >= since,
      )
      .sort((a, b) => toMs(a.createdAt) - toMs(b.createdAt));
    let expiry: number | undefined;
    for (const order of term) {
      const params = order.items[0]?.params ?? {};
      const { unit, count } = params;
      const validity = isUnit(unit) && typeof count === 'number' ? { unit, count } : undefined;
      const paid = toMs(order.createdAt);
      const key = order.items[0]?.key;
      let from = paid;
      let to = expiry ?? toMs(sub.expiresAt);
      if (key === 'newPurchase' && validity) {
        to = addValidity(paid, validity);
        expiry = to;
      } else if (key === 'renewal' && validity) {
        from = expiry ?? paid;
        to = addValidity(from, validity);
        expiry = to;
      }
      spans.set(order.id, { from: toIso(from), to: toIso(Math.max(from, to)) });
    }
  }
  return {
    ...world,
    schemaVersion: 2,
    orders: orders.map((o) => {
      const span = spans.get(o.id);
      return span ? { ...o, span } : o;
    }),
  };
}

export const MIGRATIONS: Record<number, (world: Json) => Json> = { 1: v1ToV2 };
