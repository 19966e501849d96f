/**
 * The reference backend's own rules (SPEC §4) over real HTTP: sessions, isolation of accounts,
 * CSRF and content type, the sign-in rate limit, demo gating and security headers. The
 * database's own tests (migrations, restart, concurrency, two servers) are database-suite.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildScenario, subscriptionIdOf } from '@/mocks/scenarios';
import { seedDemo } from './accounts';
import { BACKEND_META, CSP, createApp, DEMO_META } from './app';
import { startTestServer, type TestServer } from './test-utils/server';

const HZ = subscriptionIdOf('cn-hangzhou');
const renew = (expectedVersion = 1) => ({
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
});

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ signInLimit: { max: 3, windowMs: 60_000 } });
  await seedDemo(srv.db, 'demo-password', Date.now());
});
afterAll(() => srv.stop());

/** The answers these tests read (a test that reads what is not there fails). */
type Body = {
  error: { code: string };
  role: string;
  order: { id: string };
  items: { id: string }[];
};
type Init = { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> };
async function call(path: string, init: Init = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined && !('Content-Type' in headers))
    headers['Content-Type'] = 'application/json';
  const res = await fetch(`${srv.base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* a page */
  }
  return { status: res.status, headers: res.headers, body: body as Body };
}

const signIn = (email: string, password = 'demo-password') =>
  call('/api/v1/session', { body: { email, password } });
const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

describe('sessions', () => {
  test('without a session every endpoint but sign-in answers 401 UNAUTHENTICATED', async () => {
    for (const path of [
      '/api/v1/session',
      '/api/v1/catalog',
      '/api/v1/overview?region=cn-hangzhou',
      '/api/v1/orders',
      '/api/v1/demo',
    ]) {
      const res = await call(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect((await call('/api/v1/orders', { body: renew() })).status).toBe(401);
  });

  test('sign in: an HttpOnly SameSite=Strict cookie; the session names the role; sign out ends it', async () => {
    const res = await signIn('admin@demo.test');
    expect(res.status).toBe(201);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http
    const cookie = cookieOf(res);
    const session = await call('/api/v1/session', { cookie });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ role: 'admin', mock: false });
    expect(
      (
        await call('/api/v1/session', {
          method: 'DELETE',
          cookie,
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(204);
    expect((await call('/api/v1/session', { cookie })).status).toBe(401);
  });

  test('bad credentials: 401 INVALID_CREDENTIALS, for an unknown email too', async () => {
    for (const [email, pw] of [
      ['admin@demo.test', 'wrong'],
      ['nobody@demo.test', 'demo-password'],
    ] as const) {
      const res = await signIn(email, pw);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    }
  });

  test('the role comes from the user: readonly is refused a purchase (R14)', async () => {
    const cookie = cookieOf(await signIn('readonly@demo.test'));
    expect((await call('/api/v1/session', { cookie })).body.role).toBe('readonly');
    const res = await call('/api/v1/orders', {
      body: renew(),
      cookie,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'ro-1' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  test('sign-in failures are rate limited: 429 RATE_LIMITED with Retry-After, even with the right password', async () => {
    const email = 'limited@demo.test';
    for (let i = 0; i < 3; i++) expect((await signIn(email, 'wrong')).status).toBe(401);
    const res = await signIn(email, 'wrong');
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const [row] = await srv.db.query<{ count: number }>(
      "SELECT count FROM rate_limits WHERE key = 'signin:email:limited@demo.test'",
    );
    expect(row?.count).toBe(3); // the counter lives in the database, shared by every process
  });
});

describe('purchase requests (issue 24)', () => {
  test('a readonly user requests, an admin pays it, the request is paid with its order', async () => {
    const readonly = cookieOf(await signIn('readonly@demo.test'));
    const admin = cookieOf(await signIn('admin@demo.test'));
    const sub = await call(`/api/v1/subscriptions/${HZ}`, { cookie: readonly });
    const { version } = (sub.body as unknown as { subscription: { version: number } }).subscription;
    const order = { ...renew(version), disclaimerAccepted: false };
    // a header naming another user is replaced by the session's
    const asked = await call('/api/v1/purchase-requests', {
      body: { order, note: 'Renew before the audit' },
      cookie: readonly,
      headers: { 'Content-Type': 'application/json', 'X-Security-Center-User': 'someone@else' },
    });
    expect(asked.status).toBe(201);
    const request = asked.body as unknown as { id: string; requestedBy: string; status: string };
    expect(request).toMatchObject({ requestedBy: 'readonly@demo.test', status: 'open' });
    const listed = await call('/api/v1/purchase-requests', { cookie: admin });
    expect(listed.body.items.map((r) => r.id)).toContain(request.id);
    const paid = await call('/api/v1/orders', {
      body: { ...renew(version), purchaseRequestId: request.id },
      cookie: admin,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'pay-request-1' },
    });
    expect(paid.status).toBe(201);
    const after = await call(`/api/v1/purchase-requests/${request.id}`, { cookie: readonly });
    expect(after.body).toMatchObject({ status: 'paid', orderId: paid.body.order.id });
    const again = await call(`/api/v1/purchase-requests/${request.id}/decline`, {
      body: { reason: 'too late' },
      cookie: admin,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PURCHASE_REQUEST_NOT_OPEN');
  });
});

describe('accounts are isolated', () => {
  test("another account's subscription and orders answer 404; its purchases never show", async () => {
    const a = await srv.account(buildScenario('healthy', Date.now()));
    const b = await srv.account(buildScenario('healthy', Date.now()));
    const placed = await call('/api/v1/orders', {
      body: renew(),
      cookie: a.cookie,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'iso-1' },
    });
    expect(placed.status).toBe(201);
    // b's world has its own subscription ids; a's order id is unknown to b
    expect(
      (await call(`/api/v1/orders/${placed.body.order.id}`, { cookie: b.cookie })).status,
    ).toBe(404);
    const bOrders = await call('/api/v1/orders', { cookie: b.cookie });
    expect(bOrders.body.items.map((o) => o.id)).not.toContain(placed.body.order.id);
    // a subscription id that only a's world holds
    await srv.db.query(
      "UPDATE accounts SET world = replace(world, 'sas-hz-0001', 'sas-hz-a') WHERE id = $1",
      [a.accountId],
    );
    srv.cache.clear();
    expect((await call('/api/v1/subscriptions/sas-hz-a', { cookie: a.cookie })).status).toBe(200);
    const other = await call('/api/v1/subscriptions/sas-hz-a', { cookie: b.cookie });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('NOT_FOUND');
  });

  test('one Idempotency-Key makes one order, in the database too', async () => {
    const a = await srv.account(buildScenario('healthy', Date.now()));
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'once' };
    const first = await call('/api/v1/orders', { body: renew(), cookie: a.cookie, headers });
    const again = await Promise.all(
      [1, 2, 3].map(() => call('/api/v1/orders', { body: renew(), cookie: a.cookie, headers })),
    );
    expect(first.status).toBe(201);
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(again.map((r) => r.body.order.id))).toEqual(new Set([first.body.order.id]));
    const rows = await srv.db.query(
      'SELECT id FROM orders WHERE account_id = $1 AND idempotency_key = $2',
      [a.accountId, 'once'],
    );
    expect(rows).toHaveLength(1);
  });

  test('a key the world no longer remembers is still answered from the orders table', async () => {
    const a = await srv.account(buildScenario('healthy', Date.now()));
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'forgotten' };
    const first = await call('/api/v1/orders', { body: renew(), cookie: a.cookie, headers });
    // the world forgets its keys (it keeps the newest 500): only the orders table knows this one
    const [w] = await srv.db.query<{ world: string }>('SELECT world FROM accounts WHERE id = $1', [
      a.accountId,
    ]);
    const forgot = { ...(JSON.parse(w?.world ?? '{}') as object), idempotency: {} };
    await srv.db.query('UPDATE accounts SET world = $2, version = version + 1 WHERE id = $1', [
      a.accountId,
      JSON.stringify(forgot),
    ]);
    const replay = await call('/api/v1/orders', { body: renew(), cookie: a.cookie, headers });
    expect(replay.status).toBe(200);
    expect(replay.body.order.id).toBe(first.body.order.id);
  });
});

describe('CSRF and content type (403 FORBIDDEN)', () => {
  test('a state change without Content-Type: application/json, or from another origin, is refused', async () => {
    const { cookie } = await srv.account(buildScenario('healthy', Date.now()));
    const asForm = await call('/api/v1/orders', {
      body: renew(),
      cookie,
      headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'c1' },
    });
    expect(asForm.status).toBe(403);
    expect(asForm.body.error.code).toBe('FORBIDDEN');
    const foreign = await call('/api/v1/orders', {
      body: renew(),
      cookie,
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://evil.example',
        'Idempotency-Key': 'c2',
      },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await call('/api/v1/messages/x/read', {
      method: 'POST',
      cookie,
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const signInForm = await call('/api/v1/session', {
      body: { email: 'a', password: 'b' },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(signInForm.status).toBe(403);
    // the same request from the server's own origin goes through
    const own = await call('/api/v1/orders', {
      body: renew(),
      cookie,
      headers: { 'Content-Type': 'application/json', Origin: srv.base, 'Idempotency-Key': 'c3' },
    });
    expect(own.status).toBe(201);
  });
});

describe('demo endpoints only with DEMO=1', () => {
  test('without it they answer 404', async () => {
    const app = createApp({ db: srv.db, demo: false });
    const { cookie } = await srv.account(buildScenario('healthy', Date.now()));
    for (const [method, path] of [
      ['GET', '/api/v1/demo'],
      ['PATCH', '/api/v1/demo'],
      ['POST', '/api/v1/demo/reset'],
      ['PUT', '/api/v1/demo/assets'],
    ] as const) {
      const res = await app.request(`http://localhost${path}`, {
        method,
        headers: { cookie, 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const ok = await app.request('http://localhost/api/v1/catalog', { headers: { cookie } });
    expect(ok.status).toBe(200);
  });
});

describe('security headers (SPEC §4)', () => {
  const dist = mkdtempSync(join(tmpdir(), 'sc-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-abc.js'), 'console.log(1)');

  test('pages: the exact CSP, nosniff, Referrer-Policy same-origin; HSTS only over HTTPS; the API: no-store', async () => {
    const app = createApp({ db: srv.db, distDir: dist });
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    for (const path of [
      '/',
      '/overview?region=cn-hangzhou',
      '/renew/sas-hz-0001',
      '/assets/app-abc.js',
    ]) {
      const res = await app.request(`http://localhost${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const page = await app.request('http://localhost/purchased-resources');
    // the console learns it is served by the server, and skips its in-page mock
    const text = await page.text();
    expect(text).toContain(BACKEND_META);
    // no demo endpoints, so no Demo panel; with DEMO=1 both
    expect(text).not.toContain(DEMO_META);
    const demoApp = createApp({ db: srv.db, distDir: dist, demo: true });
    expect(await (await demoApp.request('http://localhost/overview')).text()).toContain(DEMO_META);
    const https = await app.request('https://localhost/');
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const api = await app.request('http://localhost/api/v1/catalog');
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect((await app.request('http://localhost/assets/missing.js')).status).toBe(404);
    // a path out of dist/ is a route of the console: index.html, never the file
    const escape = await app.request('http://localhost/..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).toContain(BACKEND_META);
  });
});

describe('quote documents (issue 24)', () => {
  test('a readonly user makes a quote; an admin pays it at its price', async () => {
    const admin = cookieOf(await signIn('admin@demo.test'));
    const readonly = cookieOf(await signIn('readonly@demo.test'));
    const sub = await call(`/api/v1/subscriptions/${HZ}`, { cookie: admin });
    const version = (sub.body as unknown as { subscription: { version: number } }).subscription
      .version;
    const made = await call('/api/v1/quote-documents', { body: renew(version), cookie: readonly });
    expect(made.status).toBe(201);
    const quote = made.body as unknown as { id: string; amount: number; status: string };
    expect(quote.id).toMatch(/^Q-\d{8}-\d{5}$/);
    expect(quote.status).toBe('valid');
    const read = await call(`/api/v1/quote-documents/${quote.id}`, { cookie: admin });
    expect(read.body).toMatchObject({ id: quote.id, amount: quote.amount, change: 'none' });
    const paid = await call('/api/v1/orders', {
      body: { ...renew(version), quoteId: quote.id },
      cookie: admin,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `quote-${quote.id}` },
    });
    expect(paid.status).toBe(201);
    expect((paid.body as unknown as { order: { amount: number } }).order.amount).toBe(quote.amount);
    const after = await call(`/api/v1/quote-documents/${quote.id}`, { cookie: admin });
    expect(after.body).toMatchObject({ status: 'superseded' });
  });
});
