/**
 * The mock's persistence: the whole world in one localStorage entry under a versioned
 * schema. Every request reads the stored world afresh (so two tabs share one state),
 * and writes it back in one `setItem` (so a failed write leaves the previous state
 * intact). Unreadable or unknown-version state is replaced by the default scenario
 * with a "demo data reset" message, never a crash.
 */
import { advance } from '@/domain/advance';
import { demoResetMessage, sendOnce } from '@/domain/messages';
import { WORLD_SCHEMA_VERSION, WorldSchema, type World } from '@/domain/world';
import { buildScenario } from './scenarios';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_KEY = 'sc-console:world';
const CHANNEL = 'sc-console:changes';
/**
 * This tab's id: the store and `onExternalChange` hold separate channels, and a channel
 * hears the other channels of its own tab, so each notice says which tab wrote.
 */
const TAB_ID = Math.random().toString(36).slice(2);
type ChangeNotice = { from: string };
export const isFromOtherTab = (data: unknown, tab = TAB_ID): boolean =>
  typeof data === 'object' && data !== null && (data as ChangeNotice).from !== tab;

/** Upgrades stored worlds of older schema versions, one version at a time. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export class StorageWriteError extends Error {}
/** Reading the stored world threw (storage blocked by the browser). */
export class StorageReadError extends Error {}

type Loaded = { world: World; resetReason?: string };

export function readWorld(raw: string | null, nowMs: number): Loaded {
  if (raw === null) return { world: buildScenario('healthy', nowMs) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      world: buildScenario('healthy', nowMs),
      resetReason: 'the stored data is not valid JSON',
    };
  }
  if (typeof data !== 'object' || data === null) {
    return {
      world: buildScenario('healthy', nowMs),
      resetReason: 'the stored data is not an object',
    };
  }
  let record = data as Record<string, unknown>;
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 0;
  for (
    let migrate = MIGRATIONS[version];
    version < WORLD_SCHEMA_VERSION && migrate;
    migrate = MIGRATIONS[version]
  ) {
    record = migrate(record);
    version += 1;
  }
  if (version !== WORLD_SCHEMA_VERSION) {
    return {
      world: buildScenario('healthy', nowMs),
      resetReason: `it was saved by another version of the console (schema ${typeof record.schemaVersion === 'number' ? record.schemaVersion : 'unknown'})`,
    };
  }
  const parsed = WorldSchema.safeParse(record);
  if (!parsed.success)
    return { world: buildScenario('healthy', nowMs), resetReason: 'the stored data is damaged' };
  return { world: parsed.data };
}

export type Store = {
  /** The world as stored, advanced to now, with the demo clock's now. */
  read(): { world: World; now: number };
  /**
   * Runs `fn` on the current world, serialised with every other transaction (in this tab and,
   * where the browser offers Web Locks, across tabs), and saves the world it returns.
   */
  transact<T>(
    fn: (
      world: World,
      now: number,
    ) => { world?: World; result: T } | Promise<{ world?: World; result: T }>,
  ): Promise<T>;
  /** Real time, for demo control. */
  realNow(): number;
};

/** Freezes a world and everything in it: a domain function that changed one in place would throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function createStore(storage: StorageLike, realNow: () => number = Date.now): Store {
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * The stored text last read and the world it holds. Every request reads the stored world
   * afresh, and most find it as the last one left it: the same text is not parsed and checked
   * against the schema again. Worlds are never changed in place (the domain returns new ones;
   * in development and tests the cached one is frozen, so a change in place would throw).
   */
  let lastRead: { raw: string; loaded: Loaded } | undefined;
  const parse = (raw: string | null, nowMs: number): Loaded => {
    if (raw !== null && lastRead?.raw === raw) return lastRead.loaded;
    const loaded = readWorld(raw, nowMs);
    if (raw !== null && loaded.resetReason === undefined) {
      lastRead = { raw, loaded: import.meta.env.DEV ? deepFreeze(loaded) : loaded };
    }
    return loaded;
  };
  // tabs only: in Node an open channel would keep the process alive
  const channel =
    typeof window === 'undefined' || typeof BroadcastChannel === 'undefined'
      ? null
      : new BroadcastChannel(CHANNEL);

  function save(world: World): void {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(world));
    } catch (cause) {
      throw new StorageWriteError('The demo data could not be saved in this browser.', { cause });
    }
    channel?.postMessage({ from: TAB_ID } satisfies ChangeNotice);
  }

  function load(): { world: World; now: number; dirty: boolean } {
    const real = realNow();
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch (cause) {
      throw new StorageReadError('The demo data could not be read in this browser.', { cause });
    }
    const loaded = parse(raw, real);
    let world = loaded.world;
    const now = real + world.clockOffsetMs;
    if (loaded.resetReason)
      world = sendOnce(world, `reset|${now}`, demoResetMessage(loaded.resetReason), now);
    const advanced = advance(world, now);
    return {
      world: advanced,
      now,
      dirty: raw === null || loaded.resetReason !== undefined || advanced !== loaded.world,
    };
  }

  const withLock = <T>(fn: () => Promise<T>): Promise<T> => {
    const locks =
      typeof navigator !== 'undefined'
        ? (navigator as Navigator & { locks?: LockManager }).locks
        : undefined;
    return locks ? (locks.request('sc-console:world', fn) as Promise<T>) : fn();
  };

  return {
    read() {
      const { world, now } = load();
      return { world, now };
    },
    transact(fn) {
      const run = () =>
        withLock(async () => {
          const { world, now, dirty } = load();
          const out = await fn(world, now);
          if (out.world && out.world !== world) save(out.world);
          else if (dirty) {
            try {
              save(world);
            } catch {
              // a read still answers when saving its side effects fails
            }
          }
          return out.result;
        });
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
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
