import { queryOptions } from '@tanstack/react-query';
import { OrderListSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/** GET /orders — the order history, newest first. */
export const ordersQueryOptions = () =>
  queryOptions({
    queryKey: ['orders', 'list'],
    queryFn: ({ signal }) => apiGet('/orders', { schema: OrderListSchema, signal }),
  });
