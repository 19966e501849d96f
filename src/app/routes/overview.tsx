import type { ClientLoader } from '@/app/route-data';
import { overviewQueryOptions } from '@/features/overview/api/get-overview';
import { OverviewPage } from '@/features/overview/components/overview-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { regionFromUrl } from '@/lib/region';

/**
 * Fills the cache with the region's subscription and the catalog before the page renders, so
 * a quick answer shows at once (no waterfall, no skeleton flash; `briefly`: route-data.ts).
 */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async ({ request }) => {
    const region = regionFromUrl(request.url);
    await briefly(
      Promise.all([
        queryClient.ensureQueryData(overviewQueryOptions(region)),
        queryClient.ensureQueryData(catalogQueryOptions()),
      ]),
    );
    return null;
  };

export const Component = OverviewPage;
