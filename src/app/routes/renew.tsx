import { RenewPage } from '@/features/renew/components/renew-page';
import { openingRenewal, renewRequest } from '@/features/renew/components/renew-request';
import { quoteQueryOptions } from '@/lib/quote';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';
import { seedDraftFromLink } from './link-draft';

/**
 * The subscription and the catalog, then the quote of the renewal the wizard opens with: its
 * first step, which waits for that quote (it also finds a refusal up front), renders with it.
 * Opened from a quote document (`?quote=`) or to pay a purchase request (`?request=`), it
 * opens at its review step with that order's term.
 */
export const clientLoader = pinnedSubscriptionLoader(
  async ({ queryClient, view, catalog, url }) => {
    const quoted = await seedDraftFromLink(queryClient, url, view, 'renew', (order) => ({
      key: `renew:${view.subscription.id}`,
      values: { validity: order.validity, disclaimerAccepted: false },
    }));
    await queryClient.prefetchQuery(
      quoteQueryOptions(
        quoted ? renewRequest(view, quoted.validity) : openingRenewal(view, catalog),
      ),
    );
  },
);
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = RenewPage;
