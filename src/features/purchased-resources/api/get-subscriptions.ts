import { queryOptions } from '@tanstack/react-query';
import { SubscriptionListSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/**
 * GET /subscriptions — one row per region with the derived fields and the `actions` the rules
 * allow now (R16). Keyed under `['subscriptions']`, beside the detail of `lib/subscription.ts`.
 */
export const subscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['subscriptions', 'list'],
    queryFn: ({ signal }) => apiGet('/subscriptions', { schema: SubscriptionListSchema, signal }),
  });
