import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { UpgradePage } from '@/features/upgrade/components/upgrade-page';
import { catalogQueryOptions } from '@/lib/catalog';
import { subscriptionQueryOptions } from '@/lib/subscription';

/**
 * Fills the cache before the wizard renders (no waterfall). The subscription is always fetched
 * fresh: the wizard pins the version it shows, and that must be the latest. Failures are left to
 * the page, which shows them with Retry.
 */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.subscriptionId ?? '';
    await Promise.allSettled([
      queryClient.ensureQueryData(catalogQueryOptions()),
      queryClient.fetchQuery({ ...subscriptionQueryOptions(id), staleTime: 0 }),
    ]);
    return null;
  };

export const Component = UpgradePage;
