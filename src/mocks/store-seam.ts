/**
 * What every store of the mock's world shares: the Store seam the handlers call (implemented by
 * the browser's store, src/mocks/store.ts, and by the server's database store, server/store.ts), the errors the
 * handlers answer for, and the reading of a stored world: parsed, migrated to the current
 * schema, and checked; damaged text is replaced by the default scenario (with the reason), text
 * of a newer schema is left alone.
 */
import { brokenInvariant, WORLD_SCHEMA_VERSION, WorldSchema, type World } from '@/domain/world';
import { MIGRATIONS } from './migrations';
import { buildScenario } from './scenarios';

/** Saving the world failed (storage full or blocked by the browser). */
export class StorageWriteError extends Error {}
/** Reading the stored world threw (storage blocked by the browser). */
export class StorageReadError extends Error {}
/** The stored world was written by a newer build: left as it is. */
export class NewerStateError extends Error {
  readonly version: number;
  constructor(version: number) {
    super(`The demo data was saved by a newer version of the console (schema ${version}).`);
    this.version = version;
  }
}
/** Another tab kept writing while this one tried to (a store's own number of times). */
export class StorageBusyError extends Error {}

export type Loaded =
  | { world: World; resetReason?: undefined; newer?: undefined }
  | { world: World; resetReason: string; newer?: undefined }
  | { world?: undefined; newer: number; resetReason?: undefined };

/** The highest id counter a stored text names, so ids are never reused after it is replaced. */
export function salvageSeq(...raws: (string | null)[]): number {
  let seq = 0;
  for (const raw of raws) {
    for (const m of raw?.matchAll(/"seq"\s*:\s*(\d{1,15})\b/g) ?? [])
      seq = Math.max(seq, Number(m[1]));
  }
  return seq;
}

/** Parses, migrates and checks a stored world. */
export function readWorld(raw: string | null, realNowMs: number): Loaded {
  const reset = (resetReason: string): Loaded => ({
    world: buildScenario('healthy', realNowMs, { seq: salvageSeq(raw) }),
    resetReason,
  });
  if (raw === null) return { world: buildScenario('healthy', realNowMs) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset('the stored data is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return reset('the stored data is not an object');
  let record = data as Record<string, unknown>;
  const stored = record.schemaVersion;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1)
    return reset('it has no schema version this console knows');
  if (stored > WORLD_SCHEMA_VERSION) return { newer: stored };
  for (let version = stored; version < WORLD_SCHEMA_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return reset(`no migration from schema ${version}`);
    try {
      record = migrate(record);
    } catch {
      return reset(`it could not be migrated from schema ${version}`);
    }
  }
  const parsed = WorldSchema.safeParse(record);
  if (!parsed.success) return reset('the stored data is damaged');
  const broken = brokenInvariant(parsed.data, realNowMs);
  return broken ? reset(broken) : { world: parsed.data };
}

/** The world a stored text holds, when it can be read as it is (not replaced, not newer). */
export function readable(raw: string | null, realNowMs: number): World | undefined {
  if (raw === null) return undefined;
  const loaded = readWorld(raw, realNowMs);
  return loaded.resetReason === undefined ? loaded.world : undefined;
}

export type Restored = { ok: true; world: World; now: number } | { ok: false; reason: string };

/** The previous demo, if it can be brought back: not damaged, not written by a newer build. */
export function restorable(
  kept: string,
  realNowMs: number,
): { ok: true; world: World } | { ok: false; reason: string } {
  const loaded = readWorld(kept, realNowMs);
  if (loaded.newer !== undefined)
    return {
      ok: false,
      reason: `The previous demo was saved by a newer version of the console (schema ${loaded.newer}).`,
    };
  if (loaded.resetReason !== undefined)
    return { ok: false, reason: `The previous demo cannot be restored: ${loaded.resetReason}.` };
  return { ok: true, world: loaded.world };
}

/** What a transaction returns: the world to save (none: nothing changed), and its answer. */
export type Outcome<T> = { world?: World; result: T };

/** What a store answers now (the browser's) or after a round trip (a database's). */
export type Awaitable<T> = T | Promise<T>;

/**
 * The seam between the handlers and persistence: this browser store (localStorage) and the
 * server's database store (server/store.ts) implement it. Whatever the store, a transaction's
 * read, rule check and write happen with nothing else writing in between: here with no `await`
 * between them, in the database under a lock on the account's row.
 */
export type Store = {
  /** The world as stored, advanced to now, with the demo clock's now. */
  read(): Awaitable<{ world: World; now: number }>;
  /**
   * Runs `fn` on the current world and saves the world it returns, serialised with every other
   * transaction: `fn` is synchronous, and a write that finds the stored state changed starts again.
   */
  transact<T>(fn: (world: World, now: number) => Outcome<T>): Promise<T>;
  /**
   * Replaces the stored world, whatever it holds (a newer schema, damaged text), with the one
   * `fn` builds from what may be carried over; the replaced text becomes the previous demo.
   */
  replace<T>(
    fn: (
      carry: { seq: number; previous?: World },
      realNowMs: number,
    ) => Outcome<T> & { world: World },
  ): Promise<T>;
  /** Brings the previous demo back (and keeps the current one as the previous). */
  restore(): Promise<Restored>;
  /**
   * Whether a previous demo is kept for `restore` (a database store answers as of its latest
   * read or transaction).
   */
  hasPrevious(): boolean;
  /** Real time, for demo control. */
  realNow(): number;
};
