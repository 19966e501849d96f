/**
 * The reference backend (SPEC §4) as a Hono app: security headers, CSRF and content-type
 * checks, sessions, then `/api/v1/*` answered by the mock's own handlers (one domain, one set
 * of handlers) over a database store of the signed-in user's account; and the built console
 * from `dist/` on the same origin. `main.ts` starts it; tests call `app.request()` or serve it.
 */
/* eslint-disable @typescript-eslint/no-unsafe-argument -- Hono types a route's Context with an `any` input; the helpers here read only headers and the URL */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getResponse } from 'msw';
import { CONTENT_SECURITY_POLICY } from '@/config/security-headers';
import { REGIONS } from '@/domain/catalog';
import { domainError, type DomainError } from '@/domain/errors';
import { toIso } from '@/domain/time';
import { createHandlers } from '@/mocks/handlers';
import { injectFaults } from '@/mocks/handlers/http';
import { asUser } from '@/mocks/handlers/purchase-requests';
import {
  createSession,
  deleteSession,
  findSession,
  purgeExpired,
  rateCounter,
  signIn,
  type SessionUser,
} from './accounts';
import type { Db } from './db';
import { createDbStore, type WorldCache } from './store';

/** SPEC §4, exactly: the same policy `vite preview` and the static hosts' files send. */
export const CSP = CONTENT_SECURITY_POLICY;
export const SESSION_COOKIE = 'sc_session';
/** The tag the server puts in index.html: the console then skips its in-page mock. */
export const BACKEND_META = '<meta name="sc-backend" content="server">';
/** Added with DEMO=1: the console then offers its Demo panel, whose endpoints exist. */
export const DEMO_META = '<meta name="sc-demo" content="on">';

export type AppOptions = {
  db: Db;
  /** DEMO=1: the demo endpoints (clock, role, assets, scenarios, faults) */
  demo?: boolean;
  /** the built console, served on the same origin when the folder exists */
  distDir?: string | undefined;
  /** origins allowed to change state besides the server's own */
  allowedOrigins?: string[];
  /** real time, per account (tests give each account a clock of its own) */
  realNow?: (accountId: string) => number;
  /** failed sign-ins per email and per client address in a window, then 429 */
  signInLimit?: { max: number; windowMs: number };
  sessionTtlMs?: number;
  /** trust X-Forwarded-For / X-Forwarded-Proto (behind a proxy) */
  trustProxy?: boolean;
  cache?: WorldCache;
};

type Env = { Variables: { user: SessionUser } };

const json = (c: Context<Env>, error: DomainError, headers: Record<string, string> = {}) => {
  const { status, ...body } = error;
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  return c.json({ error: body }, status as 401);
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function createApp(options: AppOptions) {
  const { db } = options;
  const demo = options.demo ?? false;
  const cache: WorldCache = options.cache ?? new Map<string, never>();
  const realNow = options.realNow ?? (() => Date.now());
  const limit = options.signInLimit ?? { max: 10, windowMs: 15 * 60_000 };
  const ttl = options.sessionTtlMs ?? 12 * 3_600_000;
  const app = new Hono<Env>();

  const isHttps = (c: Context<Env>) =>
    new URL(c.req.url).protocol === 'https:' ||
    (options.trustProxy === true && c.req.header('x-forwarded-proto') === 'https');

  const clientAddress = (c: Context<Env>): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // app.request() in tests: no socket
    }
  };

  app.onError((e, c) => {
    console.error('The server failed:', e);
    return json(c, domainError('INTERNAL_ERROR', 'Something went wrong. Nothing was changed.'));
  });

  // headers on every answer: pages get the CSP; the API is never cached
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    if (isHttps(c)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  });

  // state changes: JSON only, and from this origin (or one allowed); a browser on another
  // site sends its Origin (and Sec-Fetch-Site), which is refused
  app.use('/api/*', async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json')
      return json(
        c,
        domainError(
          'FORBIDDEN',
          'A request that changes state must send Content-Type: application/json.',
        ),
      );
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    const proto = isHttps(c) ? 'https:' : 'http:';
    const host = c.req.header('host');
    const allowed = new Set([
      own,
      ...(host ? [`${proto}//${host}`] : []),
      ...(options.allowedOrigins ?? []),
    ]);
    if (
      (origin !== undefined && !allowed.has(origin)) ||
      c.req.header('sec-fetch-site') === 'cross-site'
    )
      return json(
        c,
        domainError('FORBIDDEN', 'This request comes from an origin that is not allowed.'),
      );
    return next();
  });

  app.post('/api/v1/session', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return json(c, domainError('MALFORMED_JSON', 'The request body is not valid JSON.'));
    }
    const { email, password, ...rest } = (body ?? {}) as Record<string, unknown>;
    if (typeof email !== 'string' || typeof password !== 'string' || Object.keys(rest).length > 0)
      return json(
        c,
        domainError('VALIDATION_FAILED', 'Sign in with {email, password}, both strings.', {
          field: typeof email !== 'string' ? 'email' : 'password',
        }),
      );
    await purgeExpired(db, limit.windowMs);
    const keys = [`signin:email:${email.trim().toLowerCase()}`, `signin:ip:${clientAddress(c)}`];
    for (const [i, key] of keys.entries()) {
      // an address may try several emails: it gets five times the room
      const max = i === 0 ? limit.max : limit.max * 5;
      const seen = await rateCounter(db, key, limit.windowMs, false);
      if (seen.count >= max)
        return json(
          c,
          domainError('RATE_LIMITED', 'Too many failed sign-ins. Wait before trying again.', {
            details: { retryAfterSeconds: seen.retryAfterS },
          }),
          { 'Retry-After': String(seen.retryAfterS) },
        );
    }
    const user = await signIn(db, email, password);
    if (!user) {
      for (const key of keys) await rateCounter(db, key, limit.windowMs, true);
      return json(c, domainError('INVALID_CREDENTIALS', 'The email or password is not correct.'));
    }
    const token = await createSession(db, user.userId, ttl);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c),
      path: '/',
      maxAge: Math.floor(ttl / 1000),
    });
    return c.json({ user: { email: user.email, role: user.role }, accountId: user.accountId }, 201);
  });

  // every other endpoint needs a session
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const user = token ? await findSession(db, token) : undefined;
    if (!user) return json(c, domainError('UNAUTHENTICATED', 'Sign in to continue.'));
    c.set('user', user);
    return next();
  });

  app.delete('/api/v1/session', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.body(null, 204);
  });

  const storeFor = (c: Context<Env>) => {
    const user = c.get('user');
    return createDbStore(db, {
      accountId: user.accountId,
      userRole: user.role,
      demo,
      realNow: () => realNow(user.accountId),
      cache,
      idempotencyKey:
        c.req.method === 'POST' && c.req.path === '/api/v1/orders'
          ? c.req.header('idempotency-key')?.trim() || undefined
          : undefined,
    });
  };

  app.get('/api/v1/session', async (c) => {
    const store = storeFor(c);
    // the demo's injected faults apply here as on every endpoint the handlers answer
    const fault = demo ? await injectFaults(store) : undefined;
    if (fault) return fault;
    const { world, now } = await store.read();
    return c.json({
      account: world.account,
      role: world.role,
      regions: REGIONS,
      now: toIso(now),
      mock: false,
    });
  });

  app.all('/api/v1/demo/*', (c, next) => (demo ? next() : notFound(c)));
  app.all('/api/v1/demo', (c, next) => (demo ? next() : notFound(c)));
  const notFound = (c: Context<Env>) =>
    json(c, domainError('NOT_FOUND', `There is no ${c.req.method} ${c.req.path} in this API.`));

  // the mock's handlers, over this account's database store, told who is signed in
  app.all('/api/*', async (c) => {
    const request = asUser(c.req.raw, c.get('user').email);
    return (await getResponse(createHandlers(storeFor(c)), request)) ?? notFound(c);
  });

  if (options.distDir && existsSync(join(options.distDir, 'index.html')))
    serveDist(app, options.distDir, demo);
  return app;
}

/** The built console: its files, and index.html (marked as served by the server) for routes. */
function serveDist(app: Hono<Env>, distDir: string, demo: boolean) {
  const root = normalize(distDir + sep);
  const html = readFileSync(join(distDir, 'index.html'), 'utf8').replace(
    /<head>/i,
    `<head>${BACKEND_META}${demo ? DEMO_META : ''}`,
  );
  app.get('*', (c) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('Bad request', 400);
    }
    const file = normalize(join(root, path));
    if (path !== '/' && file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      if (file.endsWith('index.html')) return page(c, html);
      const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
      c.header('Content-Type', type);
      c.header(
        'Cache-Control',
        path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return c.body(readFileSync(file));
    }
    // a file that is not there (a missing asset) is a 404; any other path is a route of the console
    if (extname(path) !== '') return c.text('Not found', 404);
    return page(c, html);
  });
}

const page = (c: Context<Env>, html: string) => {
  c.header('Cache-Control', 'no-cache');
  return c.html(html);
};
