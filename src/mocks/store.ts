/**
 * The mock's persistence: the whole world in one localStorage entry under a versioned schema.
 * Every request reads the stored world afresh (so two tabs share one state) and writes it back
 * in one `setItem` (so a failed write leaves the previous state intact).
 *
 * A transaction reads, applies the rules and writes with no `await` between them, and a write
 * that finds the stored text changed since it was read starts again: two tabs never lose or
 * duplicate each other's purchases, with or without Web Locks (plain `http://` has none).
 *
 * Stored state of an older schema is migrated; state of a newer one is left alone (every request
 * says so until the demo is reset); state that cannot be read or breaks the world's invariants
 * is replaced by the default scenario with a "demo data reset" message, and the replaced text
 * is kept as the previous demo, which `restore` brings back.
 */
import { advance } from '@/domain/advance';
import { demoResetMessage, sendOnce } from '@/domain/messages';
import type { World } from '@/domain/world';
import { carryOver } from './scenarios';
import {
  NewerStateError,
  readable,
  readWorld,
  restorable,
  salvageSeq,
  StorageBusyError,
  StorageReadError,
  StorageWriteError,
  type Restored,
  type Store,
} from './store-seam';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_KEY = 'sc-console:world';
/** The demo a reset, a scenario or a repair replaced, as it was stored. */
export const PREVIOUS_KEY = 'sc-console:world:previous';
const CHANNEL = 'sc-console:changes';
const LOCK = 'sc-console:world';
/** How often a write whose stored state changed under it starts again before it gives up. */
const MAX_ATTEMPTS = 5;

/**
 * This tab's id: the store and `onExternalChange` hold separate channels, and a channel
 * hears the other channels of its own tab, so each notice says which tab wrote.
 */
const TAB_ID = Math.random().toString(36).slice(2);
type ChangeNotice = { from: string };
export const isFromOtherTab = (data: unknown, tab = TAB_ID): boolean =>
  typeof data === 'object' && data !== null && (data as ChangeNotice).from !== tab;

/** Freezes a world and everything in it: a domain function that changed one in place would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export type Locks = Pick<LockManager, 'request'> | null;

const browserLocks = (): Locks =>
  typeof navigator !== 'undefined'
    ? ((navigator as Navigator & { locks?: LockManager }).locks ?? null)
    : null;

/** The browser's store answers reads at once. */
export type BrowserStore = Omit<Store, 'read'> & { read(): { world: World; now: number } };

export function createStore(
  storage: StorageLike,
  realNow: () => number = Date.now,
  options: { locks?: Locks } = {},
): BrowserStore {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  /**
   * The stored text last read and the world it holds. Most requests find the text as the last
   * one left it: the same text is not parsed and checked again. Worlds are never changed in place
   * (in development and tests the cached one is frozen, so a change in place would throw).
   */
  let lastRead: { raw: string; world: World } | undefined;
  // tabs only: in Node an open channel would keep the process alive
  const channel =
    typeof window === 'undefined' || typeof BroadcastChannel === 'undefined'
      ? null
      : new BroadcastChannel(CHANNEL);

  function getRaw(key = STORAGE_KEY): string | null {
    try {
      return storage.getItem(key);
    } catch (cause) {
      throw new StorageReadError('The demo data could not be read in this browser.', { cause });
    }
  }

  function setRaw(key: string, text: string): void {
    try {
      storage.setItem(key, text);
    } catch (cause) {
      throw new StorageWriteError('The demo data could not be saved in this browser.', { cause });
    }
  }

  function save(world: World, replaced?: string | null): void {
    if (replaced) setRaw(PREVIOUS_KEY, replaced);
    setRaw(STORAGE_KEY, JSON.stringify(world));
    channel?.postMessage({ from: TAB_ID } satisfies ChangeNotice);
  }

  /** The stored world at real time `real`, advanced to the demo clock; `reset` when it was replaced. */
  function load(raw: string | null, real: number): { world: World; now: number; reset: boolean } {
    let world: World;
    let reset = false;
    if (raw !== null && lastRead?.raw === raw) {
      world = lastRead.world;
    } else {
      const loaded = readWorld(raw, real);
      if (loaded.newer !== undefined) throw new NewerStateError(loaded.newer);
      world = loaded.world;
      if (loaded.resetReason !== undefined) {
        reset = true;
        world = sendOnce(world, `reset|${real}`, demoResetMessage(loaded.resetReason), real);
      } else if (raw !== null) {
        lastRead = { raw, world: import.meta.env.DEV ? deepFreeze(world) : world };
      }
    }
    const now = real + world.clockOffsetMs;
    return { world: advance(world, now), now, reset };
  }

  type Step<T> = { save?: World; keep?: boolean; optional?: boolean; result: T };

  /**
   * Reads, runs `step` and writes, with no `await` between them; when the stored text changed
   * since it was read (another tab), starts again. `keep` keeps the replaced text as the previous
   * demo; an `optional` save (a read's side effects) that fails still answers.
   */
  function attempt<T>(step: (raw: string | null, real: number) => Step<T>): T {
    for (let n = 1; ; n++) {
      const raw = getRaw();
      const out = step(raw, realNow());
      if (!out.save) return out.result;
      if (getRaw() !== raw) {
        if (n < MAX_ATTEMPTS) continue;
        if (out.optional) return out.result;
        throw new StorageBusyError('The demo data kept changing in another tab.');
      }
      try {
        save(out.save, out.keep ? raw : undefined);
      } catch (e) {
        if (out.optional && e instanceof StorageWriteError) return out.result;
        throw e;
      }
      return out.result;
    }
  }

  function serialised<T>(fn: () => T): Promise<T> {
    if (locks) return locks.request(LOCK, fn);
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  return {
    read() {
      const { world, now } = load(getRaw(), realNow());
      return { world, now };
    },
    transact(fn) {
      return serialised(() =>
        attempt((raw, real) => {
          const { world, now, reset } = load(raw, real);
          const out = fn(world, now);
          if (out.world && out.world !== world)
            return { save: out.world, keep: reset, result: out.result };
          const dirty = raw === null || reset || world !== lastRead?.world;
          // a read's side effects (messages, auto-renewal) are saved, and it answers if that fails
          return {
            save: dirty ? world : undefined,
            keep: reset,
            optional: true,
            result: out.result,
          };
        }),
      );
    },
    replace(fn) {
      return serialised(() =>
        attempt((raw, real) => {
          const previous = readable(raw, real);
          const seq = Math.max(salvageSeq(raw, getRaw(PREVIOUS_KEY)), previous?.seq ?? 0);
          const out = fn({ seq, previous }, real);
          return { save: out.world, keep: true, result: out.result };
        }),
      );
    },
    restore() {
      return serialised(() =>
        attempt<Restored>((raw, real) => {
          const kept = getRaw(PREVIOUS_KEY);
          if (kept === null)
            return { result: { ok: false, reason: 'There is no previous demo to restore.' } };
          const loaded = restorable(kept, real);
          if (!loaded.ok) return { result: loaded };
          const current = readable(raw, real);
          const restored = carryOver(loaded.world, {
            seq: Math.max(loaded.world.seq, salvageSeq(raw), current?.seq ?? 0),
            previous: current,
          });
          const now = real + restored.clockOffsetMs;
          const world = advance(restored, now);
          return { save: world, keep: true, result: { ok: true, world, now } };
        }),
      );
    },
    hasPrevious() {
      try {
        return storage.getItem(PREVIOUS_KEY) !== null;
      } catch {
        return false;
      }
    },
    realNow,
  };
}

/** Calls `cb` when another tab changed the mock's state. Returns an unsubscribe function. */
export function onExternalChange(cb: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) cb();
  };
  const onMessage = (e: MessageEvent) => {
    if (isFromOtherTab(e.data)) cb();
  };
  channel?.addEventListener('message', onMessage);
  window.addEventListener('storage', onStorage);
  return () => {
    channel?.close();
    window.removeEventListener('storage', onStorage);
  };
}

/** An in-memory Storage for Node tests and browsers where localStorage is unavailable. */
export function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
