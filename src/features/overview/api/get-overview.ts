import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';
import { contractSchema } from '@/lib/contract-schema';

/** GET /overview?region= — the region's subscription with its derived fields (SPEC §2). */
export const overviewQueryOptions = (region: RegionId) =>
  queryOptions({
    queryKey: ['overview', region],
    queryFn: ({ signal }) =>
      apiGet('/overview', {
        query: { region },
        schema: contractSchema('OverviewResponseSchema'),
        signal,
      }),
  });
