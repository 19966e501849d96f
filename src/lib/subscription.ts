import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import { contractSchema } from './contract-schema';

/**
 * GET /subscriptions/:id — one subscription with its derived fields and `version`
 * (the optimistic-concurrency token an order sends as `expectedVersion`).
 * Keyed under `['subscriptions']`, so invalidating the list refreshes it too.
 */
export const subscriptionQueryOptions = (subscriptionId: string) =>
  queryOptions({
    queryKey: ['subscriptions', 'detail', subscriptionId],
    queryFn: ({ signal }) =>
      apiGet(`/subscriptions/${encodeURIComponent(subscriptionId)}`, {
        schema: contractSchema('SubscriptionDetailSchema'),
        signal,
      }),
  });
