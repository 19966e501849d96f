/**
 * Contract-test helpers: the mock's handlers over a store of the test's own (in-memory
 * storage, fixed clock), put in front of the global msw/node server of `src/test/setup.ts`
 * (which resets them after each test), and a small fetch client for http://localhost/api/v1.
 */
import { getResponse } from 'msw';
import { server } from '../node';
import { createHandlers } from '../handlers';
import {
  createStore,
  memoryStorage,
  STORAGE_KEY,
  type Locks,
  type StorageLike,
  type BrowserStore,
} from '../store';
import type { Store } from '../store-seam';

export const BASE = 'http://localhost/api/v1';
/** The fixed clock of the contract tests. */
export const NOW = Date.parse('2025-03-10T08:00:00.000Z');
export const DAY = 86_400_000;

export type Reply<T = unknown> = { status: number; body: T; headers: Headers };

export type Api = {
  storage: StorageLike & { data: Map<string, string> };
  store: BrowserStore;
  clock: { now: number };
  /** the raw stored world (null before the first write) */
  raw(): string | null;
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  get<T = unknown>(path: string): Promise<Reply<T>>;
  post<T = unknown>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>;
  patch<T = unknown>(path: string, body?: unknown): Promise<Reply<T>>;
  put<T = unknown>(path: string, body?: unknown): Promise<Reply<T>>;
  /** POST /orders with a fresh Idempotency-Key unless one is given */
  order<T = unknown>(body: unknown, key?: string): Promise<Reply<T>>;
};

let keys = 0;

type Options = {
  storage?: StorageLike & { data: Map<string, string> };
  now?: number;
  clock?: { now: number };
  /** Web Locks shared by the tabs of one test, or null for a page without them */
  locks?: Locks;
};

/** A body that is a string is sent as is (to test malformed JSON); anything else as JSON. */
export function useApi(options: Options = {}): Api {
  return makeApi(options, (store) => {
    server.use(...createHandlers(store));
    return (request) => fetch(request);
  });
}

/**
 * A tab of its own: the same handlers over its own store on the given storage, answered in
 * the test (MSW's `getResponse`, as the page does) rather than through the global server, so
 * several tabs can share one storage.
 */
export function tabApi(options: Options = {}): Api {
  return makeApi(options, (store) => {
    const handlers = createHandlers(store);
    return async (request) => {
      const response = await getResponse(handlers, request);
      if (!response) throw new Error(`no handler for ${request.method} ${request.url}`);
      return response;
    };
  });
}

/** The API of a store of the test's own, sent by the transport `connect` builds over it. */
function makeApi(
  options: Options,
  connect: (store: Store) => (request: Request) => Promise<Response>,
): Api {
  const storage = options.storage ?? memoryStorage();
  const clock = options.clock ?? { now: options.now ?? NOW };
  const store = createStore(storage, () => clock.now, { locks: options.locks ?? null });
  const send = connect(store);

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await send(new Request(`${BASE}${path}`, init));
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: res.headers,
    };
  }

  return {
    storage,
    store,
    clock,
    raw: () => storage.getItem(STORAGE_KEY),
    request,
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, body, headers),
    patch: (path, body) => request('PATCH', path, body),
    put: (path, body) => request('PUT', path, body),
    order: (body, key) =>
      request('POST', '/orders', body, { 'Idempotency-Key': key ?? `test-key-${++keys}` }),
  };
}

/** Which backend the suite runs against (server/test-utils/api.ts answers `server`). */
export const TARGET = 'mock' as 'mock' | 'server';
