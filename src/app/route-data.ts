import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';

/** How long a navigation inside the console waits for the next page's data. */
export const WAIT_FOR_DATA_MS = 300;

/**
 * How long the console's first page waits for its data, index.html's frame ("Loading the
 * console…") on screen meanwhile: its code, the mock's and the answers usually arrive well
 * within it, and the page is then painted once, with its data; past it, the page shows its
 * skeleton and the data follows.
 */
export const FIRST_PAGE_WAIT_MS = 1_000;

/**
 * What a route's loader gets: the query cache to fill, and `briefly`, which waits for the
 * data it is given as long as a page should wait before it shows its skeleton.
 *
 * - Inside the console (a click on a link), up to WAIT_FOR_DATA_MS: a quick answer shows at
 *   once, with no skeleton flash, and a slow one does not hold the page back.
 * - On the console's first page, up to FIRST_PAGE_WAIT_MS: only index.html's frame is on
 *   screen, and a page painted with its data is painted once, where a skeleton first would
 *   render it twice (the second time in one long task, as the answers arrive).
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
      const wait = isFirstPage() ? FIRST_PAGE_WAIT_MS : WAIT_FOR_DATA_MS;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([settled, new Promise((resolve) => (timer = setTimeout(resolve, wait)))]);
      clearTimeout(timer);
    },
  };
}
