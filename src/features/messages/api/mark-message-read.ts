import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MarkReadResponseSchema, type MessagesResponse } from '@/domain/contract';
import { apiPost } from '@/lib/api-client';
import { messagesQueryOptions } from './get-messages';

/** POST /messages/:id/read — the message, read, and the new unread count. */
export const markMessageRead = (id: string) =>
  apiPost(`/messages/${encodeURIComponent(id)}/read`, undefined, {
    schema: MarkReadResponseSchema,
  });

/**
 * Marks messages as read, one request each. The message list and the bell's count share
 * the `['messages']` query: the answer is written into it at once, then it is refetched.
 */
export function useMarkMessagesRead() {
  const queryClient = useQueryClient();
  const { queryKey } = messagesQueryOptions();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) {
        const { message, unread } = await markMessageRead(id);
        queryClient.setQueryData<MessagesResponse>(queryKey, (previous) =>
          previous
            ? {
                unread,
                items: previous.items.map((item) => (item.id === message.id ? message : item)),
              }
            : previous,
        );
      }
    },
    meta: { invalidates: [queryKey] },
  });
}
