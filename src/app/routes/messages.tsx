import type { ClientLoader } from '@/app/route-data';
import { messagesQueryOptions } from '@/features/messages/api/get-messages';
import { MessagesPage } from '@/features/messages/components/messages-page';

/** Fills the cache with the messages before the page renders (`briefly`: route-data.ts). */
export const clientLoader: ClientLoader =
  ({ queryClient, briefly }) =>
  async () => {
    await briefly(queryClient.ensureQueryData(messagesQueryOptions()));
    return null;
  };

export const Component = MessagesPage;
