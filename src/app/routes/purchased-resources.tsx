import type { QueryClient } from '@tanstack/react-query';
import { subscriptionsQueryOptions } from '@/features/purchased-resources/api/get-subscriptions';
import { PurchasedResourcesPage } from '@/features/purchased-resources/components/purchased-resources-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { sessionQueryOptions } from '@/lib/session';

/** How long the route waits for its data before it renders the page's own skeleton. */
const WAIT_FOR_DATA_MS = 300;

/**
 * Fills the cache (every region's subscription, the catalog for packs, validities and tag
 * limits, the session for the role) before the page renders when the API answers quickly; a
 * slow answer lets the page show its skeleton, a failure its error with Retry.
 */
export const clientLoader = (queryClient: QueryClient) => async () => {
  const data = Promise.allSettled([
    queryClient.ensureQueryData(subscriptionsQueryOptions()),
    queryClient.ensureQueryData(catalogQueryOptions()),
    queryClient.ensureQueryData(sessionQueryOptions()),
  ]);
  await Promise.race([data, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS))]);
  return null;
};

export const Component = PurchasedResourcesPage;
