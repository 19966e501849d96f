/**
 * The contract suite's client (src/mocks/test-utils/api.ts) with the server as its target:
 * `src/mocks/contract.test.ts` runs unchanged against the reference backend over real HTTP and
 * PGlite (vitest.config.ts, project `contract-server`, aliases its `./test-utils/api` here).
 * Each `useApi()` is an account of its own (healthy scenario, the test's fixed clock), signed in.
 */
import { afterAll } from 'vitest';
import { buildScenario } from '@/mocks/scenarios';
import type { Api, Reply } from '@/mocks/test-utils/api';
import { peekWorld } from '../store';
import { startTestServer, type TestServer } from './server';

export { BASE, DAY, NOW } from '@/mocks/test-utils/api';
export type { Api, Reply } from '@/mocks/test-utils/api';
import { NOW } from '@/mocks/test-utils/api';

/** Which backend the suite runs against. */
export const TARGET = 'server' as 'mock' | 'server';

let server: Promise<TestServer> | undefined;
const shared = () => (server ??= startTestServer());
afterAll(async () => {
  if (server) await (await server).stop();
});

let keys = 0;

export function useApi(options: { now?: number; clock?: { now: number } } = {}): Api {
  const clock = options.clock ?? { now: options.now ?? NOW };
  let pending: Promise<unknown> = Promise.resolve();
  let account: Promise<{ accountId: string; cookie: string; srv: TestServer }> | undefined;
  let accountId: string | undefined;
  const ready = () =>
    (account ??= shared().then(async (srv) => {
      const made = await srv.account(buildScenario('healthy', clock.now), 'admin', clock);
      accountId = made.accountId;
      return { ...made, srv };
    }));

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const { cookie, srv } = await ready();
    await pending;
    const init: RequestInit = { method, headers: { ...headers, cookie } };
    const h = init.headers as Record<string, string>;
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    // the server refuses a state change without a JSON content type (SPEC §4)
    if (body !== undefined || !['GET', 'HEAD'].includes(method))
      h['Content-Type'] = 'application/json';
    const res = await fetch(`${srv.base}/api/v1${path}`, init);
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: res.headers,
    };
  }

  // the world as the server last wrote it (its cache, in this process): synchronous, as the mock's
  let cache: TestServer['cache'] | undefined;
  void shared().then((s) => (cache = s.cache));
  const raw = () => (cache && accountId ? peekWorld(cache, accountId) : null);

  const data = new Map<string, string>();
  return {
    // the stored world, as a test may damage it: written to the account's row before the next request
    storage: {
      data,
      getItem: () => raw(),
      setItem: (_key, value) => {
        pending = pending.then(async () => {
          const { srv, accountId: id } = await ready();
          await srv.db.query(
            'UPDATE accounts SET world = $2, version = version + 1 WHERE id = $1',
            [id, value],
          );
        });
      },
      removeItem: () => undefined,
    },
    get store(): never {
      throw new Error('The server target has no in-page store.');
    },
    clock,
    raw,
    request,
    get: (path) => request('GET', path),
    post: (path, body, headers) => request('POST', path, body, headers),
    patch: (path, body) => request('PATCH', path, body),
    put: (path, body) => request('PUT', path, body),
    order: (body, key) =>
      request('POST', '/orders', body, { 'Idempotency-Key': key ?? `server-key-${++keys}` }),
  };
}
