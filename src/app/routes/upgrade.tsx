import {
  buildUpgradeRequest,
  formOfRequest,
  openingForm,
} from '@/features/upgrade/components/upgrade-form';
import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import { quoteQueryOptions } from '@/lib/quote';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';
import { seedDraftFromLink } from './link-draft';

/**
 * The subscription and the catalog, then the wizard's first quote (the order its inputs open
 * with): the first step, which waits for that quote, renders with it instead of a skeleton
 * and a second render once the quote has come. Opened from a quote document (`?quote=`) or to pay a
 * purchase request (`?request=`), the wizard opens at its review step with that order's choices.
 */
export const clientLoader = pinnedSubscriptionLoader(
  async ({ queryClient, view, catalog, url }) => {
    const quoted = await seedDraftFromLink(queryClient, url, view, 'upgrade', (order) => ({
      key: `upgrade:${view.subscription.id}`,
      values: { ...formOfRequest(view, catalog, order), disclaimerAccepted: false },
    }));
    const body = buildUpgradeRequest(
      view,
      quoted
        ? formOfRequest(view, catalog, quoted)
        : openingForm(view, catalog, url.searchParams.get('method')),
    );
    if (body) await queryClient.prefetchQuery(quoteQueryOptions(body));
  },
);
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = UpgradePage;
