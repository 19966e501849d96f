import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { subscriptionQueryOptions } from '@/lib/subscription';

/** How long a first visit waits for the data before the page renders with its skeleton. */
const WAIT_FOR_DATA_MS = 300;

/**
 * Fills the cache before the wizard renders (no waterfall). The subscription is always fetched
 * fresh: the wizard pins the version it shows, and that must be the latest. Failures are left to
 * the page, which shows them with Retry.
 * When nothing is cached for the subscription (a first visit), the first answer the page can
 * pin is this fresh one, so a slow answer does not hold the page back: after a moment it renders
 * with its skeleton (the shell and the heading painted) and the data follows.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.subscriptionId ?? '';
    const firstVisit =
      queryClient.getQueryData(subscriptionQueryOptions(id).queryKey) === undefined;
    const data = Promise.allSettled([
      queryClient.ensureQueryData(catalogQueryOptions()),
      queryClient.fetchQuery({ ...subscriptionQueryOptions(id), staleTime: 0 }),
    ]);
    if (firstVisit) {
      await Promise.race([data, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS))]);
    } else await data;
    return null;
  };

export const Component = UpgradePage;
