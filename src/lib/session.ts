import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import { contractSchema } from './contract-schema';

/** The signed-in account, its role, the regions and the (mock's) clock — used across features. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) =>
      apiGet('/session', { schema: contractSchema('SessionSchema'), signal }),
  });
