import { queryOptions } from '@tanstack/react-query';
import { OverviewResponseSchema, type RegionId } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/** GET /overview?region= — the region's subscription with its derived fields (SPEC §2). */
export const overviewQueryOptions = (region: RegionId) =>
  queryOptions({
    queryKey: ['overview', region],
    queryFn: ({ signal }) =>
      apiGet('/overview', { query: { region }, schema: OverviewResponseSchema, signal }),
  });
