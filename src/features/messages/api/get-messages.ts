import { queryOptions } from '@tanstack/react-query';
import { MessagesResponseSchema } from '@/domain/contract';
import { apiGet } from '@/lib/api-client';

/** GET /messages — the message centre, with the unread count for the bell. */
export const messagesQueryOptions = () =>
  queryOptions({
    queryKey: ['messages'],
    queryFn: ({ signal }) => apiGet('/messages', { schema: MessagesResponseSchema, signal }),
  });
