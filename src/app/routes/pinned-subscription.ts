import type { QueryClient } from '@tanstack/react-query';
import type { ShouldRevalidateFunction } from 'react-router';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import type { ClientLoader } from '@/app/route-data';
import { catalogQueryOptions } from '@/lib/catalog';
import { subscriptionQueryOptions } from '@/lib/subscription';

/**
 * The Renew and Upgrade wizards' loader: fills the cache before the wizard renders (no
 * waterfall). The subscription is always fetched fresh: the wizard pins the version it shows,
 * and that must be the latest, so when one is cached the page waits for the fresh one. When
 * none is (a first visit), the first answer the page can pin is this fresh one, so a slow
 * answer does not hold the page back (`briefly`: route-data.ts): the page renders with its
 * skeleton and the data follows. Failures are left to the page, which shows them with Retry.
 *
 * `next`, once the subscription and the catalog are in: what else the wizard's first step
 * shows (the Upgrade wizard's first quote), awaited as briefly as the page allows.
 */
export const pinnedSubscriptionLoader =
  (next?: (data: PinnedData) => Promise<unknown>): ClientLoader =>
  ({ queryClient, briefly }) =>
  async ({ params, request }) => {
    const id = params.subscriptionId ?? '';
    const firstVisit =
      queryClient.getQueryData(subscriptionQueryOptions(id).queryKey) === undefined;
    const loaded = Promise.allSettled([
      queryClient.ensureQueryData(catalogQueryOptions()),
      queryClient.fetchQuery({ ...subscriptionQueryOptions(id), staleTime: 0 }),
    ]);
    const complete = async () => {
      const [catalog, view] = await loaded;
      if (next && catalog.status === 'fulfilled' && view.status === 'fulfilled')
        await next({
          queryClient,
          view: view.value,
          catalog: catalog.value,
          url: new URL(request.url),
        });
    };
    // a cached subscription is not pinned: the fresh one, however long it takes
    if (!firstVisit) await loaded;
    await briefly(complete());
    return null;
  };

export type PinnedData = {
  queryClient: QueryClient;
  view: SubscriptionView;
  catalog: Catalog;
  url: URL;
};

/**
 * A change of the wizard's query alone (`?region=` following the subscription, see
 * use-subscription-region.ts; `?method=`) does not fetch the subscription again: the wizard
 * keeps the version it pinned. Another subscription, or a Retry (same URL), does.
 */
export const pinnedSubscriptionShouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;
