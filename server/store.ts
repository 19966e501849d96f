/**
 * The database implementation of the mock's Store seam (src/mocks/store.ts): the same handlers
 * and domain, with one account's world in `accounts` and its orders in `orders`.
 *
 * A transaction locks the account's row (`SELECT … FOR UPDATE`), runs the handler's rules on
 * the world synchronously, writes the new world and the orders it added, and commits: two
 * requests, two tabs or two server processes never interleave a purchase. An order's
 * Idempotency-Key is unique per account in `orders`; a unique violation (a key the world's
 * bounded memory of keys no longer held) starts the transaction again, which then answers it
 * as the replay.
 *
 * The parsed world is cached per account and version, so a request that finds the account as
 * this process left it parses nothing; orders are only ever added within a demo's generation,
 * so a stale cache loads only the orders added since.
 */
import { advance } from '@/domain/advance';
import type { Role } from '@/domain/contract';
import { demoResetMessage, sendOnce } from '@/domain/messages';
import type { World } from '@/domain/world';
import { carryOver } from '@/mocks/scenarios';
import {
  NewerStateError,
  readWorld,
  restorable,
  salvageSeq,
  type Outcome,
  type Restored,
  type Store,
} from '@/mocks/store-seam';
import { isUniqueViolation, type Db, type Queryable } from './db';
import {
  IDEMPOTENCY_CONSTRAINT,
  insertOrders,
  KEY_PREFIX,
  orderOfKey,
  ordersSince,
} from './orders-table';

/** One account's world as this process last read or wrote it. */
type Cached = { version: number; generation: number; world: World; maxSeq: number };
export type WorldCache = Map<string, Cached>;

type AccountRow = { version: number; generation: number; has_previous: boolean };

const MAX_ATTEMPTS = 5;

export type DbStoreOptions = {
  accountId: string;
  /** the signed-in user's role: a readonly user never buys */
  userRole: Role;
  /** demo control is on (DEMO=1): the demo's role switch may make an admin readonly too */
  demo: boolean;
  realNow: () => number;
  cache: WorldCache;
  /** the request's Idempotency-Key, looked up in `orders` beyond the world's memory of keys */
  idempotencyKey?: string | undefined;
};

/** The world as stored: its orders live in their own table. */
const storedText = (world: World): string => JSON.stringify({ ...world, orders: [] });

export function createDbStore(db: Db, options: DbStoreOptions): Store {
  const { accountId, cache } = options;
  let hasPrevious = false;

  const effectiveRole = (stored: Role): Role =>
    options.userRole === 'readonly' || (options.demo && stored === 'readonly')
      ? 'readonly'
      : 'admin';

  async function accountRow(q: Queryable, lock: boolean): Promise<AccountRow> {
    const [row] = await q.query<AccountRow>(
      `SELECT version, generation, previous_world IS NOT NULL AS has_previous FROM accounts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [accountId],
    );
    if (!row) throw new Error(`There is no account ${accountId}.`);
    hasPrevious = row.has_previous;
    return { ...row, version: Number(row.version) };
  }

  /** The stored world with its orders (cached by version); `reset` when it had to be replaced. */
  async function load(
    q: Queryable,
    row: AccountRow,
    real: number,
  ): Promise<{ entry: Cached; reset?: string; raw?: string }> {
    const cached = cache.get(accountId);
    if (cached && cached.version === row.version && cached.generation === row.generation)
      return { entry: cached };
    const [w] = await q.query<{ world: string }>('SELECT world FROM accounts WHERE id = $1', [
      accountId,
    ]);
    const raw = w?.world ?? null;
    const loaded = readWorld(raw, real);
    if (loaded.newer !== undefined) throw new NewerStateError(loaded.newer);
    const reuse = cached && cached.generation === row.generation;
    const added = await ordersSince(q, accountId, row.generation, reuse ? cached.maxSeq : 0);
    const orders = reuse ? [...added.orders, ...cached.world.orders] : added.orders;
    let world: World = { ...loaded.world, orders };
    if (loaded.resetReason !== undefined)
      world = sendOnce(world, `reset|${real}`, demoResetMessage(loaded.resetReason), real);
    const entry = { version: row.version, generation: row.generation, world, maxSeq: added.maxSeq };
    if (loaded.resetReason === undefined) cache.set(accountId, entry);
    return { entry, reset: loaded.resetReason, raw: raw ?? undefined };
  }

  /** The world a handler sees: the user's role, and the request's key as `orders` knows it. */
  async function prepare(q: Queryable, stored: World): Promise<World> {
    let world: World = { ...stored, role: effectiveRole(stored.role) };
    const key = options.idempotencyKey;
    if (key !== undefined && !Object.hasOwn(world.idempotency, KEY_PREFIX + key)) {
      const known = await orderOfKey(q, accountId, key);
      if (known)
        world = {
          ...world,
          idempotency: {
            ...world.idempotency,
            [KEY_PREFIX + key]: { fingerprint: known.fingerprint ?? '', orderId: known.id },
          },
        };
    }
    return world;
  }

  /** Retries a transaction that met another's Idempotency-Key (it answers as the replay). */
  async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await fn();
      } catch (e) {
        if (n < MAX_ATTEMPTS && isUniqueViolation(e, IDEMPOTENCY_CONSTRAINT)) continue;
        throw e;
      }
    }
  }

  /** Saves `next`, replacing the stored world entirely when `replace` names the new generation. */
  async function write(
    q: Queryable,
    row: AccountRow,
    base: Cached,
    next: World,
    replace?: { previous: string | null },
  ): Promise<Cached> {
    // the role a handler saw was the user's: the stored one changes only by the demo's switch
    const toStore: World =
      next.role === effectiveRole(base.world.role) ? { ...next, role: base.world.role } : next;
    const generation = replace ? row.generation + 1 : row.generation;
    const [updated] = await q.query<{ version: number | string }>(
      replace
        ? 'UPDATE accounts SET world = $2, version = version + 1, generation = $3, previous_world = $4, updated_at = now() WHERE id = $1 RETURNING version'
        : 'UPDATE accounts SET world = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version',
      replace
        ? [accountId, storedText(toStore), generation, replace.previous]
        : [accountId, storedText(toStore)],
    );
    let maxSeq = base.maxSeq;
    if (replace) {
      maxSeq = await insertOrders(q, accountId, toStore.orders, toStore, generation, true);
      hasPrevious = replace.previous !== null;
    } else {
      const known = new Set(base.world.orders.map((o) => o.id));
      const added = toStore.orders.filter((o) => !known.has(o.id));
      maxSeq = Math.max(
        maxSeq,
        await insertOrders(q, accountId, added, toStore, generation, false),
      );
    }
    return { version: Number(updated?.version), generation, world: toStore, maxSeq };
  }

  /** Runs a transaction, and caches the world it wrote once it committed. */
  async function committed<T>(
    fn: (tx: Queryable) => Promise<{ result: T; entry?: Cached }>,
  ): Promise<T> {
    const out = await withRetry(() => db.transaction(fn));
    if (out.entry) cache.set(accountId, out.entry);
    return out.result;
  }

  const fullText = (world: World) => JSON.stringify(world);

  return {
    async read() {
      const real = options.realNow();
      const row = await accountRow(db, false);
      const { entry } = await load(db, row, real);
      const now = real + entry.world.clockOffsetMs;
      return {
        world: advance({ ...entry.world, role: effectiveRole(entry.world.role) }, now),
        now,
      };
    },
    transact<T>(fn: (world: World, now: number) => Outcome<T>) {
      return committed(async (tx) => {
        const real = options.realNow();
        const row = await accountRow(tx, true);
        const { entry, reset, raw } = await load(tx, row, real);
        const now = real + entry.world.clockOffsetMs;
        const seen = await prepare(tx, entry.world);
        const advanced = advance(seen, now);
        const out = fn(advanced, now);
        const next =
          out.world && out.world !== advanced
            ? out.world
            : advanced !== seen || reset !== undefined
              ? advanced
              : undefined;
        if (!next) return { result: out.result };
        const saved = await write(
          tx,
          row,
          entry,
          next,
          reset !== undefined ? { previous: raw ?? null } : undefined,
        );
        return { result: out.result, entry: saved };
      });
    },
    replace(fn) {
      return committed(async (tx) => {
        const real = options.realNow();
        const row = await accountRow(tx, true);
        let current: World | undefined;
        let raw: string | null = null;
        try {
          const loaded = await load(tx, row, real);
          current = loaded.reset === undefined ? loaded.entry.world : undefined;
          raw = current ? fullText(current) : (loaded.raw ?? null);
        } catch (e) {
          if (!(e instanceof NewerStateError)) throw e;
          const [w] = await tx.query<{ world: string }>(
            'SELECT world FROM accounts WHERE id = $1',
            [accountId],
          );
          raw = w?.world ?? null;
        }
        const seq = Math.max(salvageSeq(raw), current?.seq ?? 0);
        // an account no request has written yet (version 1) holds no demo worth keeping, as the
        // browser's empty storage holds none
        const fresh = row.version === 1;
        const out = fn({ seq, previous: fresh ? undefined : current }, real);
        const base: Cached = {
          version: row.version,
          generation: row.generation,
          world: out.world,
          maxSeq: 0,
        };
        const saved = await write(tx, row, base, out.world, { previous: fresh ? null : raw });
        return { result: out.result, entry: saved };
      });
    },
    restore() {
      return committed<Restored>(async (tx) => {
        const real = options.realNow();
        const row = await accountRow(tx, true);
        const [p] = await tx.query<{ previous_world: string | null }>(
          'SELECT previous_world FROM accounts WHERE id = $1',
          [accountId],
        );
        const kept = p?.previous_world ?? null;
        if (kept === null)
          return { result: { ok: false, reason: 'There is no previous demo to restore.' } };
        const loaded = restorable(kept, real);
        if (!loaded.ok) return { result: loaded };
        const { entry } = await load(tx, row, real);
        const current = entry.world;
        const restored = carryOver(loaded.world, {
          seq: Math.max(loaded.world.seq, current.seq),
          previous: current,
        });
        const now = real + restored.clockOffsetMs;
        const world = advance(restored, now);
        const base: Cached = { ...entry, world };
        const saved = await write(tx, row, base, world, { previous: fullText(current) });
        return {
          result: { ok: true, world: { ...world, role: effectiveRole(world.role) }, now },
          entry: saved,
        };
      });
    },
    hasPrevious: () => hasPrevious,
    realNow: options.realNow,
  };
}

/** The stored world of an account as JSON, as this process last saw it (tests compare it). */
export const peekWorld = (cache: WorldCache, accountId: string): string | null => {
  const entry = cache.get(accountId);
  return entry ? JSON.stringify(entry.world) : null;
};
