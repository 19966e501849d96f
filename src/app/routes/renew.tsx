import { RenewPage } from '@/features/renew/components/renew-page';
import { openingRenewal } from '@/features/renew/components/renew-request';
import { quoteQueryOptions } from '@/lib/quote';
import {
  pinnedSubscriptionLoader,
  pinnedSubscriptionShouldRevalidate,
} from './pinned-subscription';

/**
 * The subscription and the catalog, then the quote of the renewal the wizard opens with: its
 * first step, which waits for that quote (it also finds a refusal up front), renders with it.
 */
export const clientLoader = pinnedSubscriptionLoader(async ({ queryClient, view, catalog }) => {
  await queryClient.prefetchQuery(quoteQueryOptions(openingRenewal(view, catalog)));
});
export const shouldRevalidate = pinnedSubscriptionShouldRevalidate;

export const Component = RenewPage;
