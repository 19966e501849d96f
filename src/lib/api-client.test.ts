import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '@/domain/zod';
import { server } from '@/mocks/node';
import {
  ApiError,
  apiGet,
  apiPost,
  apiUrl,
  DEMO_TIMEOUT_STORAGE_KEY,
  holdRequestsUntil,
  isApiError,
  requestTimeoutMs,
} from './api-client';
import { contractSchema } from './contract-schema';
import { errorMessage } from './error-message';

const url = (path: string) => apiUrl(path);

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(isApiError(error)).toBe(true);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('api client', () => {
  it('builds URLs under /api/v1 with query parameters', () => {
    expect(apiUrl('/overview', { region: 'ap-southeast-1', skip: undefined })).toBe(
      `${window.location.origin}/api/v1/overview?region=ap-southeast-1`,
    );
  });

  it('sends and receives JSON, with extra headers', async () => {
    let seen: { body: unknown; key: string | null; type: string | null } | undefined;
    server.use(
      http.post(url('/echo'), async ({ request }) => {
        seen = {
          body: await request.json(),
          key: request.headers.get('Idempotency-Key'),
          type: request.headers.get('Content-Type'),
        };
        return HttpResponse.json({ ok: true }, { status: 201 });
      }),
    );
    const answer = await apiPost<{ ok: boolean }>(
      '/echo',
      { a: 1 },
      { headers: { 'Idempotency-Key': 'k-1' } },
    );
    expect(answer).toEqual({ ok: true });
    expect(seen).toEqual({ body: { a: 1 }, key: 'k-1', type: 'application/json' });
  });

  it('parses the answer with the contract schema', async () => {
    server.use(http.get(url('/thing'), () => HttpResponse.json({ id: 'x', extra: 1 })));
    const thing = await apiGet('/thing', { schema: z.object({ id: z.string() }) });
    expect(thing).toEqual({ id: 'x' });
  });

  it('turns an error body into an ApiError with status, code, message, field and details', async () => {
    server.use(
      http.post(url('/orders'), () =>
        HttpResponse.json(
          {
            error: {
              code: 'QUOTA_BELOW_ASSETS',
              message: 'The quota must cover your 13 assets.',
              field: 'quota',
              details: { min: 13 },
            },
          },
          { status: 422 },
        ),
      ),
    );
    const error = await caught(apiPost('/orders', {}));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'QUOTA_BELOW_ASSETS',
      message: 'The quota must cover your 13 assets.',
      field: 'quota',
      details: { min: 13 },
      isClientError: true,
    });
  });

  it('keeps 403 FORBIDDEN and 409 conflicts as their codes', async () => {
    server.use(
      http.get(url('/forbidden'), () =>
        HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'No.' } }, { status: 403 }),
      ),
      http.get(url('/conflict'), () =>
        HttpResponse.json(
          { error: { code: 'VERSION_CONFLICT', message: 'Changed.' } },
          { status: 409 },
        ),
      ),
    );
    expect(await caught(apiGet('/forbidden'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await caught(apiGet('/conflict'))).toMatchObject({
      status: 409,
      code: 'VERSION_CONFLICT',
      field: undefined,
    });
  });

  it('maps an error without a contract body to HTTP_ERROR', async () => {
    server.use(
      http.get(url('/broken'), () => new HttpResponse('<html>bad gateway</html>', { status: 502 })),
    );
    const error = await caught(apiGet('/broken'));
    expect(error).toMatchObject({ status: 502, code: 'HTTP_ERROR', isClientError: false });
  });

  it('parses with a contract schema named by contractSchema(), loaded beside the request', async () => {
    const session = await apiGet('/session', { schema: contractSchema('SessionSchema') });
    expect(['admin', 'readonly']).toContain(session.role);
    server.use(http.get(url('/session'), () => HttpResponse.json({ role: 'owner' })));
    const error = await caught(apiGet('/session', { schema: contractSchema('SessionSchema') }));
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
  });

  it("maps a schema that cannot be loaded (the console's own code) to NETWORK_ERROR", async () => {
    server.use(http.get(url('/thing'), () => HttpResponse.json({ id: 'x' })));
    const unreachable = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const error = await caught(apiGet('/thing', { schema: unreachable }));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('maps a network failure to NETWORK_ERROR with status 0', async () => {
    server.use(http.get(url('/offline'), () => HttpResponse.error()));
    const error = await caught(apiGet('/offline'));
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('maps an answer that breaks the contract to INVALID_RESPONSE', async () => {
    server.use(http.get(url('/thing'), () => HttpResponse.json({ id: 42 })));
    const error = await caught(apiGet('/thing', { schema: z.object({ id: z.string() }) }));
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
  });

  it('talks to the mocked API end to end', async () => {
    const session = await apiGet<{ role: string }>('/session');
    expect(['admin', 'readonly']).toContain(session.role);
  });
});

describe('holding requests until the mock listens', () => {
  it('sends nothing before the hold is released, then every held request', async () => {
    let received = 0;
    server.use(
      http.get(url('/held'), () => {
        received += 1;
        return HttpResponse.json({ n: received });
      }),
    );
    let release = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (release = resolve)));
    try {
      const first = apiGet<{ n: number }>('/held');
      const second = apiGet<{ n: number }>('/held');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toBe(0);
      release();
      expect((await Promise.all([first, second])).map((a) => a.n).sort()).toEqual([1, 2]);
    } finally {
      holdRequestsUntil(Promise.resolve());
    }
  });

  it('releases the requests when the mock failed to start (they then fail or succeed on their own)', async () => {
    server.use(http.get(url('/held'), () => HttpResponse.json({ ok: true })));
    holdRequestsUntil(Promise.reject(new Error('no worker')));
    try {
      expect(await apiGet('/held')).toEqual({ ok: true });
    } finally {
      holdRequestsUntil(Promise.resolve());
    }
  });
});

describe('timeouts', () => {
  const { documentElement } = document;
  afterEach(() => {
    delete documentElement.dataset.mock;
    window.sessionStorage.clear();
  });

  /** The demo's shorter timeout (only while the in-page mock answers), so a test need not wait 15 s. */
  function shortTimeout(ms: number) {
    documentElement.dataset.mock = 'listening';
    window.sessionStorage.setItem(DEMO_TIMEOUT_STORAGE_KEY, String(ms));
  }

  it('waits 15 s by default; the demo may shorten it only while the in-page mock answers', () => {
    expect(requestTimeoutMs()).toBe(15_000);
    window.sessionStorage.setItem(DEMO_TIMEOUT_STORAGE_KEY, '50');
    expect(requestTimeoutMs()).toBe(15_000);
    documentElement.dataset.mock = 'listening';
    expect(requestTimeoutMs()).toBe(50);
    window.sessionStorage.setItem(DEMO_TIMEOUT_STORAGE_KEY, 'soon');
    expect(requestTimeoutMs()).toBe(15_000);
  });

  it('a request with no answer in time becomes TIMEOUT (status 0), worded for a customer', async () => {
    shortTimeout(100);
    server.use(http.get(url('/hang'), () => new Promise<never>(() => undefined)));
    const started = Date.now();
    const error = await caught(apiGet('/hang'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT', isClientError: false });
    expect(errorMessage(error)).toBe('The service did not answer in time. Please try again.');
  });

  it('a body that stops arriving is a TIMEOUT too, not a broken answer', async () => {
    shortTimeout(150);
    // as a browser's fetch does: the headers arrive at once, the body never ends, and the
    // request's signal cuts it off (the mock's own Response is not tied to the signal)
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      const body = new ReadableStream({
        start: (controller) => {
          controller.enqueue(new TextEncoder().encode('{"order":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return Promise.resolve(
        new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } }),
      );
    });
    try {
      expect(await caught(apiPost('/orders', {}))).toMatchObject({ code: 'TIMEOUT', status: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("the caller's abort stays an abort, not a timeout or a network error", async () => {
    shortTimeout(5_000);
    server.use(http.get(url('/hang'), () => new Promise<never>(() => undefined)));
    const controller = new AbortController();
    const request = apiGet('/hang', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const failure: unknown = await request.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isApiError(failure)).toBe(false);
    expect(failure).toMatchObject({ name: 'AbortError' });
  });

  it('an answer within the timeout is unaffected by it', async () => {
    shortTimeout(2_000);
    server.use(http.get(url('/quick'), () => HttpResponse.json({ ok: true })));
    const controller = new AbortController();
    expect(await apiGet('/quick', { signal: controller.signal })).toEqual({ ok: true });
  });
});
