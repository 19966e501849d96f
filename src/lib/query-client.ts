import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { handleUnauthenticated } from './auth';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Query keys (prefixes) to invalidate after the mutation succeeds.
       * Absent: every query is invalidated, so no purchase leaves a page stale.
       */
      invalidates?: QueryKey[];
    };
  }
}

const MAX_RETRIES = 2;

/** Retry what may pass next time (network, 5xx); never a 4xx, which is the rules saying no. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.isClientError) return false;
  if (isApiError(error) && error.code === 'INVALID_RESPONSE') return false;
  // the customer already waited the whole timeout: Retry is theirs to press
  if (isApiError(error) && error.code === 'TIMEOUT') return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // a 401 from any request (a read, a payment) leads to the sign-in page (SPEC §4)
    queryCache: new QueryCache({ onError: handleUnauthenticated }),
    mutationCache: new MutationCache({
      onError: handleUnauthenticated,
      onSuccess: (_data, _variables, _onMutateResult, mutation) => {
        const keys = mutation.meta?.invalidates;
        // returned, so the mutation stays pending until the pages it touched are fresh
        if (!keys) return queryClient.invalidateQueries();
        return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: options.retry === false ? false : shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

/** The app's client (tests make their own with `createQueryClient({ retry: false })`). */
export const queryClient = createQueryClient();
