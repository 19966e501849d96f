import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { contractSchema } from '@/lib/contract-schema';

/** GET /messages — the message centre, with the unread count for the bell. */
export const messagesQueryOptions = () =>
  queryOptions({
    queryKey: ['messages'],
    queryFn: ({ signal }) =>
      apiGet('/messages', { schema: contractSchema('MessagesResponseSchema'), signal }),
  });
