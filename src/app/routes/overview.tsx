import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { overviewQueryOptions } from '@/features/overview/api/get-overview';
import { OverviewPage } from '@/features/overview/components/overview-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { regionFromUrl } from '@/lib/region';

/** How long the route waits for its data before it renders the page's own skeleton. */
const WAIT_FOR_DATA_MS = 300;

/**
 * Fills the cache before the page renders, so a quick answer shows at once (no
 * skeleton flash, no waterfall). A slow one does not hold the page back: after a moment
 * it renders with its skeleton and the data follows; a failure is the page's error with
 * Retry, not the route's.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const region = regionFromUrl(request.url);
    const data = Promise.allSettled([
      queryClient.ensureQueryData(overviewQueryOptions(region)),
      queryClient.ensureQueryData(catalogQueryOptions()),
    ]);
    await Promise.race([data, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS))]);
    return null;
  };

export const Component = OverviewPage;
