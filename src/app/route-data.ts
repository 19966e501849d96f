import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';

/** How long a navigation inside the console waits for the next page's data. */
export const WAIT_FOR_DATA_MS = 300;

/**
 * What a route's loader gets: the query cache to fill, and `briefly`, which waits for the
 * data it is given as long as a page should wait before it shows its skeleton.
 *
 * - Inside the console (a click on a link), up to WAIT_FOR_DATA_MS: a quick answer shows at
 *   once, with no skeleton flash, and a slow one does not hold the page back.
 * - On the console's first page, not at all: nothing of the console is on screen yet (only
 *   index.html's frame), so its shell, the page's heading and its skeleton are painted as soon
 *   as their code is there, and the data follows (the mock's Service Worker may still be
 *   starting).
 *
 * A failure is never the loader's: the page shows it with Retry.
 */
export type RouteData = {
  queryClient: QueryClient;
  briefly: (data: Promise<unknown>) => Promise<void>;
};

export type ClientLoader = (data: RouteData) => LoaderFunction;

export function routeData(queryClient: QueryClient, isFirstPage: () => boolean): RouteData {
  return {
    queryClient,
    briefly: async (data) => {
      const settled = data.then(
        () => undefined,
        () => undefined,
      );
      if (isFirstPage()) return;
      await Promise.race([
        settled,
        new Promise((resolve) => setTimeout(resolve, WAIT_FOR_DATA_MS)),
      ]);
    },
  };
}
