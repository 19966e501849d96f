import { queryOptions } from '@tanstack/react-query';
import { OrderSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/** GET /orders/:id — one order, for its receipt. */
export const orderQueryOptions = (orderId: string) =>
  queryOptions({
    queryKey: ['orders', 'detail', orderId],
    queryFn: ({ signal }) =>
      apiGet(`/orders/${encodeURIComponent(orderId)}`, { schema: OrderSchema, signal }),
  });
