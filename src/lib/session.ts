import { queryOptions } from '@tanstack/react-query';
import { SessionSchema } from '@/domain/contract';
import { apiGet } from './api-client';

/** The signed-in account, its role, the regions and the (mock's) clock — used across features. */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => apiGet('/session', { schema: SessionSchema, signal }),
  });
