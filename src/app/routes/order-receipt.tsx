import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { orderQueryOptions } from '@/features/orders/api/get-order';
import { OrderReceiptPage } from '@/features/orders/components/order-receipt-page';
import { sessionQueryOptions } from '@/lib/session';

/** How long the route waits for its data before it renders the page's own skeleton. */
const WAIT_FOR_DATA_MS = 300;

/**
 * Fills the cache with the order (and the session: the account named on the receipt) before
 * the page renders when the API answers quickly; otherwise the page shows its skeleton, and a
 * failure (an unknown order included) its own error.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const data = Promise.allSettled([
      queryClient.ensureQueryData(orderQueryOptions(params.orderId ?? '')),
      queryClient.ensureQueryData(sessionQueryOptions()),
    ]);
    await Promise.race([data, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS))]);
    return null;
  };

export const Component = OrderReceiptPage;
