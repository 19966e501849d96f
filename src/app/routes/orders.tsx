import type { QueryClient } from '@tanstack/react-query';
import { ordersQueryOptions } from '@/features/orders/api/get-orders';
import { OrdersPage } from '@/features/orders/components/orders-page';

/** How long the route waits for its data before it renders the page's own skeleton. */
const WAIT_FOR_DATA_MS = 300;

/**
 * Fills the cache with the order history before the page renders when the API answers
 * quickly; a slow answer lets the page show its skeleton, a failure its error with Retry.
 */
export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.race([
    queryClient.ensureQueryData(ordersQueryOptions()).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS)),
  ]);
  return null;
};

export const Component = OrdersPage;
