import type { ClientLoader } from '@/app/route-data';
import { subscriptionsQueryOptions } from '@/features/purchased-resources/api/get-subscriptions';
import { PurchasedResourcesPage } from '@/features/purchased-resources/components/purchased-resources-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { sessionQueryOptions } from '@/lib/session';

/**
 * Fills the cache (every region's subscription, the catalog for packs, validities and tag
 * limits, the session for the role) before the page renders (`briefly`: route-data.ts).
 */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async () => {
    await briefly(
      Promise.all([
        queryClient.ensureQueryData(subscriptionsQueryOptions()),
        queryClient.ensureQueryData(catalogQueryOptions()),
        queryClient.ensureQueryData(sessionQueryOptions()),
      ]),
    );
    return null;
  };

export const Component = PurchasedResourcesPage;
