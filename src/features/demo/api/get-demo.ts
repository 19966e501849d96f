import { queryOptions } from '@tanstack/react-query';
import { DemoStateSchema, SubscriptionListSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/** GET /demo — the mock's demo state: clock, role, faults, scenario, asset counts per region. */
export const demoQueryOptions = () =>
  queryOptions({
    queryKey: ['demo'],
    queryFn: ({ signal }) => apiGet('/demo', { schema: DemoStateSchema, signal }),
    staleTime: 0,
  });

/**
 * GET /subscriptions — every region's subscription with its derived fields; the panel reads
 * each region's quota and 120 % point (`upgradeThresholdAssets`), expiry and data removal.
 */
export const demoSubscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['subscriptions', 'list'],
    queryFn: ({ signal }) => apiGet('/subscriptions', { schema: SubscriptionListSchema, signal }),
  });
