/**
 * Accounts, users, sessions and rate-limit counters: all in the database, so any number of
 * server processes share them.
 */
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import type { Role } from '@/domain/contract';
import type { World } from '@/domain/world';
import { buildScenario } from '@/mocks/scenarios';
import type { Db, Queryable } from './db';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 64 } as const;

function scryptAsync(
  password: string,
  salt: Buffer,
  n: number,
  r: number,
  p: number,
  keylen: number,
) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keylen } = SCRYPT;
  const key = await scryptAsync(password, salt, N, r, p, keylen);
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash no password matches, checked for unknown emails so they take as long as known ones. */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomUUID()));

export type NewUser = { email: string; role: Role } & (
  { password: string } | { passwordHash: string }
);

/** Creates an account whose world is `world` (a scenario), with its users. Returns its id. */
export async function createAccount(
  q: Queryable,
  input: { name: string; world: World; users: NewUser[] },
): Promise<{ accountId: string; userIds: string[] }> {
  const accountId = `acc-${randomUUID()}`;
  const world: World = { ...input.world, account: { id: accountId, name: input.name }, orders: [] };
  await q.query('INSERT INTO accounts (id, name, world) VALUES ($1, $2, $3)', [
    accountId,
    input.name,
    JSON.stringify(world),
  ]);
  // the scenario's own history (orders placed before the account came here), oldest first
  for (const order of [...input.world.orders].reverse()) {
    await q.query(
      'INSERT INTO orders (account_id, id, generation, type, amount, body) VALUES ($1, $2, 1, $3, $4, $5::jsonb)',
      [accountId, order.id, order.type, order.amount, JSON.stringify(order)],
    );
  }
  const userIds: string[] = [];
  for (const user of input.users) {
    const id = `usr-${randomUUID()}`;
    const hash = 'passwordHash' in user ? user.passwordHash : await hashPassword(user.password);
    await q.query(
      'INSERT INTO users (id, account_id, email, password_hash, role) VALUES ($1, $2, $3, $4, $5)',
      [id, accountId, user.email.toLowerCase(), hash, user.role],
    );
    userIds.push(id);
  }
  return { accountId, userIds };
}

export const DEMO_USERS = [
  { email: 'admin@demo.test', role: 'admin' },
  { email: 'readonly@demo.test', role: 'readonly' },
] as const;

/**
 * On an empty database, the demo account (the healthy scenario) with its two users. Returns
 * whether it seeded. Under an advisory lock: two servers starting at once seed once.
 */
export async function seedDemo(db: Db, password: string, realNowMs: number): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(password)));
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(8787023)');
    const [row] = await tx.query<{ n: number | string }>('SELECT count(*) AS n FROM accounts');
    if (Number(row?.n) > 0) return false;
    await createAccount(tx, {
      name: 'Demo account',
      world: buildScenario('healthy', realNowMs),
      users: DEMO_USERS.map((u, i) => ({ ...u, passwordHash: hashes[i] ?? '' })),
    });
    return true;
  });
}

export type SessionUser = { userId: string; accountId: string; email: string; role: Role };

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function signIn(
  db: Db,
  email: string,
  password: string,
): Promise<SessionUser | undefined> {
  const [user] = await db.query<{
    id: string;
    account_id: string;
    email: string;
    role: Role;
    password_hash: string;
  }>('SELECT id, account_id, email, role, password_hash FROM users WHERE email = $1', [
    email.trim().toLowerCase(),
  ]);
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummy()));
  if (!user || !ok) return undefined;
  return { userId: user.id, accountId: user.account_id, email: user.email, role: user.role };
}

export async function createSession(db: Queryable, userId: string, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + ($3 || ' milliseconds')::interval)",
    [tokenHash(token), userId, String(ttlMs)],
  );
  return token;
}

export async function findSession(db: Queryable, token: string): Promise<SessionUser | undefined> {
  const [row] = await db.query<{ user_id: string; account_id: string; email: string; role: Role }>(
    `SELECT s.user_id, u.account_id, u.email, u.role FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash(token)],
  );
  return row
    ? { userId: row.user_id, accountId: row.account_id, email: row.email, role: row.role }
    : undefined;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/**
 * A fixed-window counter in the database. `count` adds one; without it, reads. Returns the
 * count in the current window and the seconds until it ends.
 */
export async function rateCounter(
  db: Queryable,
  key: string,
  windowMs: number,
  count: boolean,
): Promise<{ count: number; retryAfterS: number }> {
  const rows = count
    ? await db.query<{ count: number; ends: string | Date }>(
        `INSERT INTO rate_limits (key, window_started_at, count) VALUES ($1, now(), 1)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_limits.window_started_at <= now() - ($2 || ' milliseconds')::interval THEN 1 ELSE rate_limits.count + 1 END,
           window_started_at = CASE WHEN rate_limits.window_started_at <= now() - ($2 || ' milliseconds')::interval THEN now() ELSE rate_limits.window_started_at END
         RETURNING count, window_started_at + ($2 || ' milliseconds')::interval AS ends`,
        [key, String(windowMs)],
      )
    : await db.query<{ count: number; ends: string | Date }>(
        `SELECT CASE WHEN window_started_at <= now() - ($2 || ' milliseconds')::interval THEN 0 ELSE count END AS count,
                window_started_at + ($2 || ' milliseconds')::interval AS ends
         FROM rate_limits WHERE key = $1`,
        [key, String(windowMs)],
      );
  const row = rows[0];
  if (!row) return { count: 0, retryAfterS: 0 };
  const ends = new Date(row.ends).getTime();
  return {
    count: Number(row.count),
    retryAfterS: Math.max(1, Math.ceil((ends - Date.now()) / 1000)),
  };
}

/**
 * Deletes expired sessions and rate-limit counters whose window has ended. Both tables grow only
 * at sign-in, so sign-in calls this and they stay as small as what is live. One process purges
 * at a time (the others skip): two DELETEs of the same rows never wait on each other.
 */
export async function purgeExpired(db: Db, windowMs: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [lock] = await tx.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_xact_lock(8787024) AS ok',
    );
    if (!lock?.ok) return;
    await tx.query('DELETE FROM sessions WHERE expires_at <= now()');
    await tx.query(
      "DELETE FROM rate_limits WHERE window_started_at <= now() - ($1 || ' milliseconds')::interval",
      [String(windowMs)],
    );
  });
}
