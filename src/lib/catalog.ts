import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import { contractSchema } from './contract-schema';

/**
 * GET /catalog — editions, prices, validity options, packs, limits. Pages take every
 * number from here (never from `domain/catalog.ts`), so the API stays the authority.
 * It rarely changes: kept fresh for five minutes.
 */
export const catalogQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: ({ signal }) =>
      apiGet('/catalog', { schema: contractSchema('CatalogSchema'), signal }),
    staleTime: 5 * 60_000,
  });
