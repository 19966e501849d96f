import type { QueryClient } from '@tanstack/react-query';
import { messagesQueryOptions } from '@/features/messages/api/get-messages';
import { MessagesPage } from '@/features/messages/components/messages-page';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(messagesQueryOptions());
  return null;
};

export const Component = MessagesPage;
