import { REGIONS, type LineItem, type Order, type RegionId } from '@/domain/contract';

/**
 * What a customer calls an order: an `upgrade` from Basic (or from a released subscription) is
 * a new purchase. The API marks it on its line items (`key: 'newPurchase' | 'payPerUse'`);
 * orders of the demo's scenarios carry only the English description, which starts with
 * "New purchase".
 */
export const ORDER_KINDS = [
  'renew',
  'upgrade',
  'new-purchase',
  'value-added-pack',
  'unsubscribe',
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

const isNewPurchaseLine = (item: LineItem) =>
  item.key === 'newPurchase' ||
  item.key === 'payPerUse' ||
  (item.key === undefined && item.description.startsWith('New purchase'));

export function orderKind(order: Order): OrderKind {
  if (order.type !== 'upgrade') return order.type;
  return order.items.some(isNewPurchaseLine) ? 'new-purchase' : 'upgrade';
}

/** The filters of the order list, kept in the URL: `?type=` and `?orderRegion=`. */
export const TYPE_PARAM = 'type';
export const REGION_FILTER_PARAM = 'orderRegion';

export type OrderFilters = { kind: OrderKind | null; region: RegionId | null };

export function parseOrderFilters(params: URLSearchParams): OrderFilters {
  const kind = params.get(TYPE_PARAM);
  const region = params.get(REGION_FILTER_PARAM);
  return {
    kind: (ORDER_KINDS as readonly string[]).includes(kind ?? '') ? (kind as OrderKind) : null,
    region: REGIONS.some((r) => r.id === region) ? (region as RegionId) : null,
  };
}

export function filterOrders(orders: Order[], filters: OrderFilters): Order[] {
  return orders.filter(
    (order) =>
      (filters.kind === null || orderKind(order) === filters.kind) &&
      (filters.region === null || order.region === filters.region),
  );
}
