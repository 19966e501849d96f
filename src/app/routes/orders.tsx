import type { ClientLoader } from '@/app/route-data';
import { ordersQueryOptions } from '@/features/orders/api/get-orders';
import { OrdersPage } from '@/features/orders/components/orders-page';
import { purchaseRequestsQueryOptions } from '@/lib/purchase-requests';

/** Fills the cache with the order history before the page renders (`briefly`: route-data.ts). */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async () => {
    await briefly(
      Promise.all([
        queryClient.ensureQueryData(ordersQueryOptions()),
        queryClient.ensureQueryData(purchaseRequestsQueryOptions()),
      ]),
    );
    return null;
  };

export const Component = OrdersPage;
