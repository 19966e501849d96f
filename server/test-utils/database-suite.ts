/**
 * The database's part of SPEC §4, one suite for both databases (server/database.test.ts runs it
 * on PGlite, server/postgres.test.ts on a throwaway PostgreSQL): migrations from empty, a
 * restart that keeps everything, exactly-once under concurrent orders, two servers on one
 * database serving one account, and the housekeeping of sessions and rate-limit counters.
 */
import { expect, test } from 'vitest';
import { buildScenario, subscriptionIdOf } from '@/mocks/scenarios';
import { createSession, seedDemo } from '../accounts';
import { SESSION_COOKIE } from '../app';
import { migrate, migrationFiles, type Db } from '../db';
import { startTestServer, type TestServer } from './server';

export type DbTarget = {
  /** A new, empty database: `open` connects to it (again after a close), `drop` removes it. */
  fresh: () => Promise<{ open: () => Promise<Db>; drop: () => Promise<void> }>;
  /**
   * PGlite has one connection per folder, so its "two servers" share it; PostgreSQL gives each
   * its own pool, as two processes would have.
   */
  oneConnection: boolean;
};

const HZ = subscriptionIdOf('cn-hangzhou');
const renew = (expectedVersion: number) => ({
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
});

type Reply = {
  status: number;
  headers: Headers;
  body: {
    error?: { code: string };
    order?: { id: string };
    items?: { id: string }[];
    subscription?: { version: number };
  };
};

async function call(base: string, path: string, init: RequestInit & { cookie?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const res = await fetch(`${base}/api/v1${path}`, { ...init, headers });
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as Reply['body'];
  return { status: res.status, headers: res.headers, body };
}

const order = (srv: TestServer, cookie: string, key: string, version: number) =>
  call(srv.base, '/orders', {
    method: 'POST',
    cookie,
    headers: { 'Idempotency-Key': key },
    body: JSON.stringify(renew(version)),
  });

const signIn = (srv: TestServer, email: string, password: string) =>
  call(srv.base, '/session', { method: 'POST', body: JSON.stringify({ email, password }) });

export function databaseSuite(target: DbTarget) {
  /** Two servers on one new database (with separate caches; separate pools on PostgreSQL). */
  async function twoServers(options: Parameters<typeof startTestServer>[0] = {}) {
    const { open, drop } = await target.fresh();
    const first = await open();
    await migrate(first);
    const a = await startTestServer({ ...options, open: () => Promise.resolve(first) });
    const b = target.oneConnection
      ? await startTestServer({ ...options, open: () => Promise.resolve(first) })
      : await startTestServer({ ...options, open });
    return {
      a,
      b,
      stop: async () => {
        await b.stop().catch(() => undefined); // on PGlite b closed the shared connection first
        await a.stop().catch(() => undefined);
        await drop();
      },
    };
  }

  test('migrations from an empty database: each file applied once, even by two servers starting at once', async () => {
    const { open, drop } = await target.fresh();
    const one = await open();
    const two = target.oneConnection ? one : await open();
    try {
      const files = migrationFiles().map((f) => f.name);
      expect(files.length).toBeGreaterThan(1);
      const applied = await Promise.all([migrate(one), migrate(two)]);
      expect(applied.flat().sort()).toEqual(files);
      expect(await migrate(one)).toEqual([]);
      const recorded = await one.query<{ name: string }>(
        'SELECT name FROM schema_migrations ORDER BY name',
      );
      expect(recorded.map((r) => r.name)).toEqual(files);
      const seeded = await Promise.all([
        seedDemo(one, 'pw', Date.now()),
        seedDemo(two, 'pw', Date.now()),
      ]);
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const users = await one.query<{ email: string; role: string; password_hash: string }>(
        'SELECT email, role, password_hash FROM users ORDER BY email',
      );
      expect(users.map((u) => [u.email, u.role])).toEqual([
        ['admin@demo.test', 'admin'],
        ['readonly@demo.test', 'readonly'],
      ]);
      expect(users[0]?.password_hash).toMatch(/^scrypt\$/);
    } finally {
      if (two !== one) await two.close();
      await one.close();
      await drop();
    }
  });

  test('a restart keeps everything: orders, state, sessions, keys', async () => {
    const { open, drop } = await target.fresh();
    try {
      const first = await startTestServer({
        open: async () => {
          const db = await open();
          await migrate(db);
          return db;
        },
      });
      const { cookie } = await first.account(buildScenario('healthy', Date.now()));
      const placed = await order(first, cookie, 'r1', 1);
      expect(placed.status).toBe(201);
      await first.stop();

      const second = await startTestServer({ open });
      try {
        const orders = await call(second.base, '/orders', { cookie });
        expect(orders.status).toBe(200); // the session survived
        expect(orders.body.items?.map((o) => o.id)).toContain(placed.body.order?.id);
        const sub = await call(second.base, `/subscriptions/${HZ}`, { cookie });
        expect(sub.body.subscription?.version).toBe(2);
        const replay = await order(second, cookie, 'r1', 1);
        expect(replay.status).toBe(200);
        expect(replay.body.order?.id).toBe(placed.body.order?.id);
      } finally {
        await second.stop();
      }
    } finally {
      await drop();
    }
  });

  test('concurrent orders on two servers: one key makes one order; one version lets one order through', async () => {
    const { a, b, stop } = await twoServers();
    try {
      const { accountId, cookie } = await a.account(buildScenario('healthy', Date.now()));
      const sameKey = await Promise.all(
        Array.from({ length: 12 }, (_, i) => order(i % 2 ? b : a, cookie, 'one-key', 1)),
      );
      expect(sameKey.map((r) => r.status).sort((x, y) => x - y)).toEqual([
        ...Array<number>(11).fill(200),
        201,
      ]);
      expect(new Set(sameKey.map((r) => r.body.order?.id)).size).toBe(1);
      const rows = await a.db.query(
        'SELECT id FROM orders WHERE account_id = $1 AND idempotency_key = $2',
        [accountId, 'one-key'],
      );
      expect(rows).toHaveLength(1);

      // version 2 now: eight different keys race for it, on both servers
      const race = await Promise.all(
        Array.from({ length: 8 }, (_, i) => order(i % 2 ? b : a, cookie, `race-${i}`, 2)),
      );
      expect(race.filter((r) => r.status === 201)).toHaveLength(1);
      for (const r of race.filter((x) => x.status !== 201)) {
        expect(r.status).toBe(409);
        expect(r.body.error?.code).toBe('VERSION_CONFLICT');
      }
      const [count] = await a.db.query<{ n: number | string }>(
        "SELECT count(*) AS n FROM orders WHERE account_id = $1 AND idempotency_key LIKE 'race-%'",
        [accountId],
      );
      expect(Number(count?.n)).toBe(1);
    } finally {
      await stop();
    }
  });

  test('two servers on one database serve one account: sessions, rate limits and state are shared', async () => {
    const { a, b, stop } = await twoServers({ signInLimit: { max: 3, windowMs: 60_000 } });
    try {
      await seedDemo(a.db, 'demo-password', Date.now());
      const signedIn = await signIn(a, 'admin@demo.test', 'demo-password');
      expect(signedIn.status).toBe(201);
      const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect((await call(b.base, '/session', { cookie })).status).toBe(200);

      // a state change on one is what the other answers from, though it had read the account before
      const before = await call(b.base, `/subscriptions/${HZ}`, { cookie });
      expect(before.body.subscription?.version).toBe(1);
      expect((await order(a, cookie, 'shared-1', 1)).status).toBe(201);
      const after = await call(b.base, `/subscriptions/${HZ}`, { cookie });
      expect(after.body.subscription?.version).toBe(2);
      expect((await order(b, cookie, 'shared-2', 2)).status).toBe(201);

      // failed sign-ins count together, whichever server they reach
      const email = 'readonly@demo.test';
      for (const srv of [a, b, a]) expect((await signIn(srv, email, 'wrong')).status).toBe(401);
      for (const srv of [b, a]) {
        const limited = await signIn(srv, email, 'demo-password');
        expect(limited.status).toBe(429);
        expect(limited.body.error?.code).toBe('RATE_LIMITED');
      }

      // signing out on one ends the session on both
      const out = await call(b.base, '/session', {
        method: 'DELETE',
        cookie,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(out.status).toBe(204);
      expect((await call(a.base, '/session', { cookie })).status).toBe(401);
    } finally {
      await stop();
    }
  });

  test('sign-in deletes expired sessions and counters whose window ended, and keeps the live ones', async () => {
    const { a, stop } = await twoServers({ signInLimit: { max: 3, windowMs: 60_000 } });
    try {
      const { cookie } = await a.account(buildScenario('healthy', Date.now()));
      const [user] = await a.db.query<{ id: string }>('SELECT id FROM users LIMIT 1');
      const expired = await createSession(a.db, user?.id ?? '', -1000);
      await a.db.query(
        "INSERT INTO rate_limits (key, window_started_at, count) VALUES ('signin:email:old@x.test', now() - interval '2 minutes', 3), ('signin:email:new@x.test', now(), 1)",
      );
      const sessionsBefore = await a.db.query('SELECT token_hash FROM sessions');
      expect(sessionsBefore).toHaveLength(2);
      expect(
        (await call(a.base, '/session', { cookie: `${SESSION_COOKIE}=${expired}` })).status,
      ).toBe(401);

      expect((await signIn(a, 'nobody@x.test', 'wrong')).status).toBe(401);

      expect(await a.db.query('SELECT token_hash FROM sessions')).toHaveLength(1);
      expect((await call(a.base, '/session', { cookie })).status).toBe(200);
      const keys = (
        await a.db.query<{ key: string }>('SELECT key FROM rate_limits ORDER BY key')
      ).map((r) => r.key);
      expect(keys).toEqual([
        'signin:email:new@x.test',
        'signin:email:nobody@x.test',
        'signin:ip:127.0.0.1',
      ]);
    } finally {
      await stop();
    }
  });
}
