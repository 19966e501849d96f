import type { ClientLoader } from '@/app/route-data';
import { orderQueryOptions } from '@/features/orders/api/get-order';
import { OrderReceiptPage } from '@/features/orders/components/order-receipt-page';
import { sessionQueryOptions } from '@/lib/session';

/**
 * Fills the cache with the order (and the session: the account named on the receipt) before
 * the page renders (`briefly`: route-data.ts); a failure, an unknown order included, is the
 * page's own error.
 */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async ({ params }) => {
    await briefly(
      Promise.all([
        queryClient.ensureQueryData(orderQueryOptions(params.orderId ?? '')),
        queryClient.ensureQueryData(sessionQueryOptions()),
      ]),
    );
    return null;
  };

export const Component = OrderReceiptPage;
