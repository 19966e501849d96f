import { describe, expect, test } from 'vitest';
import { ApiErrorBodySchema, OrderResultSchema } from '@/domain/contract';
import { setAssets } from '@/domain/demo';
import { placeOrder } from '@/domain/orders/place';
import { currentAssets, regionState, WORLD_SCHEMA_VERSION, type World } from '@/domain/world';
import { buildScenario, subscriptionIdOf } from './scenarios';
import { createStore, isFromOtherTab, memoryStorage, STORAGE_KEY } from './store';
import { readWorld, StorageWriteError } from './store-seam';
import { DAY, NOW, useApi } from './test-utils/api';

const HZ = subscriptionIdOf('cn-hangzhou');
const clock = () => NOW;
const renew = {
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
} as const;

function mustPlace(world: World, now: number, key = 'k1') {
  const placed = placeOrder(world, renew, key, now);
  if (!placed.ok) throw new Error(placed.error.code);
  return placed.value;
}

const resets = (world: World) => world.messages.filter((m) => m.kind === 'demo-data-reset');

describe('a reload loses nothing', () => {
  test('a new store over the same storage reads the same world', async () => {
    const storage = memoryStorage();
    const tab = createStore(storage, clock);
    const order = await tab.transact((world, now) => {
      const placed = mustPlace(world, now);
      return { world: placed.world, result: placed.order };
    });
    const saved = tab.read().world;
    const reloaded = createStore(storage, clock).read().world;
    expect(reloaded).toEqual(saved);
    expect(reloaded.orders[0]).toEqual(order);
    expect(regionState(reloaded, 'cn-hangzhou').subscription.version).toBe(2);
  });

  test('the stored world is versioned JSON under one key', async () => {
    const storage = memoryStorage();
    await createStore(storage, clock).transact((world) => ({
      world: { ...world, latencyMs: 5 },
      result: null,
    }));
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as World;
    expect(stored.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(stored.latencyMs).toBe(5);
    expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
  });

  test('an empty storage starts from the default scenario, with no reset message', () => {
    const world = createStore(memoryStorage(), clock).read().world;
    expect(world.scenario).toBe('healthy');
    expect(resets(world)).toHaveLength(0);
  });
});

describe('two tabs share one state', () => {
  test('each tab sees the other tab’s write on its next request', async () => {
    const storage = memoryStorage();
    const a = createStore(storage, clock);
    const b = createStore(storage, clock);
    a.read();
    b.read();
    await a.transact((world, now) => ({ world: mustPlace(world, now).world, result: null }));
    expect(b.read().world.orders).toHaveLength(2); // the scenario's purchase + this renewal
    await b.transact((world, now) => {
      const next = setAssets(world, 'cn-hangzhou', 9, 3, now);
      if (!next.ok) throw new Error(next.error.code);
      return { world: next.value, result: null };
    });
    const seenByA = a.read().world;
    expect(currentAssets(regionState(seenByA, 'cn-hangzhou'))).toEqual({ ecs: 9, external: 3 });
    expect(seenByA.orders).toHaveLength(2); // b's write kept a's order: nothing lost
  });

  test('the stored text is parsed again only when it changed, whoever changed it', async () => {
    const storage = memoryStorage();
    const store = createStore(storage, clock);
    await store.transact(() => ({ result: null })); // the default scenario, saved
    const first = store.read().world;
    // unchanged text: the same world, not parsed again, and never changed in place
    expect(store.read().world).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.regions[0]?.subscription)).toBe(true);
    // the text changed behind the store's back (another tab, the browser's tools)
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...first, latencyMs: 250 }));
    expect(store.read().world.latencyMs).toBe(250);
    // and text that cannot be read is not served from what was read before
    storage.setItem(STORAGE_KEY, '{"schemaVersion":');
    const reset = store.read().world;
    expect(reset.latencyMs).toBe(0);
    expect(resets(reset)).toHaveLength(1);
  });

  test('a stale order from the other tab is refused by its version', async () => {
    const storage = memoryStorage();
    const a = createStore(storage, clock);
    const b = createStore(storage, clock);
    await a.transact((world, now) => ({ world: mustPlace(world, now, 'a').world, result: null }));
    const second = await b.transact((world, now) => ({
      result: placeOrder(world, renew, 'b', now),
    }));
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('VERSION_CONFLICT');
  });

  test('auto-renew at expiry happens once, whichever tab reads first', async () => {
    const storage = memoryStorage();
    const time = { now: NOW };
    const a = createStore(storage, () => time.now);
    const b = createStore(storage, () => time.now);
    await a.transact((world) => {
      const state = regionState(world, 'cn-hangzhou');
      const sub = { ...state.subscription, autoRenew: true, autoRenewMonths: 1 };
      return {
        world: {
          ...world,
          regions: world.regions.map((r) =>
            r.region === 'cn-hangzhou' ? { ...r, subscription: sub } : r,
          ),
        },
        result: null,
      };
    });
    time.now = NOW + 201 * DAY;
    await a.transact(() => ({ result: null }));
    await b.transact(() => ({ result: null }));
    const world = createStore(storage, () => time.now).read().world;
    expect(world.orders.filter((o) => o.type === 'renew')).toHaveLength(1);
  });

  test('transactions of one tab run one after the other', async () => {
    const store = createStore(memoryStorage(), clock);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        store.transact((world, now) => {
          const { ecs, external } = currentAssets(regionState(world, 'us-east-1'));
          const next = setAssets(world, 'us-east-1', ecs + 1, external, now);
          if (!next.ok) throw new Error(next.error.code);
          return { world: next.value, result: null };
        }),
      ),
    );
    expect(currentAssets(regionState(store.read().world, 'us-east-1')).ecs).toBe(2 + 5);
  });
});

describe('stored state that cannot be read: the default scenario and one "demo data reset" message', () => {
  const valid = () => JSON.stringify(buildScenario('expiring-soon', NOW));
  const damaged: [string, string][] = [
    ['not JSON', '{"schemaVersion": 1, "regions": ['],
    ['an empty string', ''],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['an older schema version', JSON.stringify({ ...JSON.parse(valid()), schemaVersion: 0 })],
    ['no schema version', JSON.stringify({ ...JSON.parse(valid()), schemaVersion: undefined })],
    ['a damaged shape', JSON.stringify({ ...JSON.parse(valid()), regions: 'cn-hangzhou' })],
    ['a damaged subscription', valid().replace('"quota":10', '"quota":"ten"')],
    ['an unknown field', JSON.stringify({ ...JSON.parse(valid()), extra: true })],
  ];

  test.each(damaged)('%s', async (_, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const store = createStore(storage, clock);
    const first = store.read().world;
    expect(first.scenario).toBe('healthy');
    expect(resets(first)).toHaveLength(1);
    expect(resets(first)[0]?.body).toMatch(/could not be used/);
    // the first request saves the reset; later ones (and other tabs) see one message only
    await store.transact(() => ({ result: null }));
    await store.transact(() => ({ result: null }));
    expect(resets(createStore(storage, clock).read().world)).toHaveLength(1);
    expect(() => JSON.parse(storage.getItem(STORAGE_KEY) ?? '') as unknown).not.toThrow();
  });

  test('the reason says why', () => {
    expect(readWorld('{', NOW).resetReason).toMatch(/not valid JSON/);
    expect(readWorld(JSON.stringify({ schemaVersion: { v: 1 } }), NOW).resetReason).toMatch(
      /no schema version/,
    );
    expect(
      readWorld(JSON.stringify({ schemaVersion: WORLD_SCHEMA_VERSION }), NOW).resetReason,
    ).toMatch(/damaged/);
    expect(readWorld(valid(), NOW)).toEqual({ world: JSON.parse(valid()) as unknown });
    expect(readWorld(null, NOW).resetReason).toBeUndefined();
    expect(readWorld(JSON.stringify({ schemaVersion: 99 }), NOW)).toEqual({ newer: 99 });
  });

  test('through HTTP: never a crash, the messages show the reset', async () => {
    const api = useApi({ storage: memoryStorage({ [STORAGE_KEY]: '{{{' }) });
    expect((await api.get('/overview?region=cn-hangzhou')).status).toBe(200);
    const messages = await api.get<{ items: { kind: string }[] }>('/messages');
    expect(messages.body.items.filter((m) => m.kind === 'demo-data-reset')).toHaveLength(1);
  });
});

/** A storage whose writes fail while `broken` is set (quota exceeded, storage blocked). */
function flakyStorage() {
  const inner = memoryStorage();
  const state = { broken: false };
  return {
    state,
    storage: {
      ...inner,
      setItem: (k: string, v: string) => {
        if (state.broken)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.setItem(k, v);
      },
    },
  };
}

describe('a failed write leaves the previous state intact', () => {
  test('the transaction fails with StorageWriteError and the stored world is unchanged', async () => {
    const { storage, state } = flakyStorage();
    const store = createStore(storage, clock);
    await store.transact(() => ({ result: null }));
    const before = storage.getItem(STORAGE_KEY);
    state.broken = true;
    await expect(
      store.transact((world, now) => ({ world: mustPlace(world, now).world, result: null })),
    ).rejects.toBeInstanceOf(StorageWriteError);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    state.broken = false;
    expect(store.read().world.orders).toHaveLength(1);
    // the queue is not stuck after a failure
    await store.transact((world, now) => ({ world: mustPlace(world, now).world, result: null }));
    expect(store.read().world.orders).toHaveLength(2);
  });

  test('through HTTP: 503 STORAGE_UNAVAILABLE, not a crash; reads still answer', async () => {
    const { storage, state } = flakyStorage();
    const api = useApi({ storage });
    expect((await api.get('/overview?region=cn-hangzhou')).status).toBe(200);
    const before = api.raw();
    state.broken = true;
    const res = await api.order(renew);
    expect(res.status).toBe(503);
    const body = ApiErrorBodySchema.parse(res.body);
    expect(body.error.code).toBe('STORAGE_UNAVAILABLE');
    expect(body.error.message).toMatch(/could not be saved/);
    expect(api.raw()).toBe(before);
    expect((await api.get('/orders')).status).toBe(200);
    expect((await api.get('/subscriptions')).status).toBe(200);
    // once storage works again the same key places the order (nothing was recorded)
    state.broken = false;
    const retried = await api.order(renew, 'retry-key');
    expect(retried.status).toBe(201);
    OrderResultSchema.parse(retried.body);
  });

  test('a first visit with storage that cannot be written still answers', async () => {
    const { storage, state } = flakyStorage();
    state.broken = true;
    const api = useApi({ storage });
    const res = await api.get('/overview?region=cn-hangzhou');
    expect(res.status).toBe(200);
    expect(api.raw()).toBeNull();
  });
});

describe('storage that cannot be read', () => {
  test('through HTTP: 503 STORAGE_UNAVAILABLE with a reason, not a crash', async () => {
    const blocked = {
      data: new Map<string, string>(),
      getItem: (): string | null => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const api = useApi({ storage: blocked });
    const res = await api.get('/overview?region=cn-hangzhou');
    expect(res.status).toBe(503);
    const body = ApiErrorBodySchema.parse(res.body);
    expect(body.error.code).toBe('STORAGE_UNAVAILABLE');
    expect(body.error.message).toMatch(/could not be read/);
  });
});

describe('routes the API does not have', () => {
  test.each([
    ['GET', '/nothing-here'],
    ['POST', '/subscriptions'],
    ['DELETE', '/orders/ORD-1'],
  ])('%s %s answers 404 NOT_FOUND from the mock, never the network', async (method, path) => {
    const api = useApi();
    const res = await api.request(method, path);
    expect(res.status).toBe(404);
    expect(ApiErrorBodySchema.parse(res.body).error.code).toBe('NOT_FOUND');
  });
});

describe('change notices between tabs', () => {
  test('a tab ignores its own notices and hears the other tabs', () => {
    expect(isFromOtherTab({ from: 'tab-a' }, 'tab-a')).toBe(false);
    expect(isFromOtherTab({ from: 'tab-b' }, 'tab-a')).toBe(true);
    expect(isFromOtherTab('changed', 'tab-a')).toBe(false);
  });
});
