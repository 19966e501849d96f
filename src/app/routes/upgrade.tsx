import { buildUpgradeRequest, openingForm } from '@/features/upgrade/components/upgrade-form';
import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import { quoteQueryOptions } from '@/lib/quote';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';

/**
 * The subscription and the catalog, then the wizard's first quote (the order its inputs open
 * with): the first step, which waits for that quote, renders with it instead of a skeleton
 * and a second render once the quote has come.
 */
export const clientLoader = pinnedSubscriptionLoader(
  async ({ queryClient, view, catalog, url }) => {
    const body = buildUpgradeRequest(
      view,
      openingForm(view, catalog, url.searchParams.get('method')),
    );
    if (body) await queryClient.prefetchQuery(quoteQueryOptions(body));
  },
);
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = UpgradePage;
