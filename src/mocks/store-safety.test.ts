/**
 * The stored demo is safe to trust: two tabs never lose or duplicate a purchase (with or
 * without Web Locks), stored state that cannot be used is replaced without a 5xx and kept for
 * Restore, older schemas are migrated, newer ones left alone, and nothing grows without end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ApiErrorBodySchema,
  DemoStateSchema,
  OrderListSchema,
  OrderResultSchema,
  type Order,
} from '@/domain/contract';
import { unsubscribeRefund } from '@/domain/orders/unsubscribe';
import { regionState, WORLD_SCHEMA_VERSION, type World } from '@/domain/world';
import { subscriptionIdOf } from './scenarios';
import { memoryStorage, PREVIOUS_KEY, STORAGE_KEY } from './store';
import { readWorld } from './store-seam';
import { sharedLocks } from './test-utils/locks';
import { DAY, NOW, tabApi, type Api } from './test-utils/api';

const HZ = subscriptionIdOf('cn-hangzhou');
const renew = (expectedVersion: number) => ({
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
});
const stored = (api: Api) => JSON.parse(api.raw() ?? 'null') as World;
const codeOf = (body: unknown) => ApiErrorBodySchema.parse(body).error.code;

describe('two tabs paying at once', () => {
  test.each([
    ['without Web Locks (plain http://)', () => null],
    ['with Web Locks', sharedLocks],
  ])(
    '%s: both purchases kept, each with its own id, or one refused by its version',
    async (_, locks) => {
      const storage = memoryStorage();
      const shared = locks();
      const a = tabApi({ storage, locks: shared });
      const b = tabApi({ storage, locks: shared });
      await a.get('/session');
      const [first, second] = await Promise.all([a.order(renew(1)), b.order(renew(1))]);
      const statuses = [first.status, second.status].sort();
      // the same expected version: one is paid, the other told the subscription changed
      expect(statuses).toEqual([201, 409]);
      const orders = OrderListSchema.parse((await a.get('/orders')).body).items;
      expect(orders.filter((o) => o.type === 'renew')).toHaveLength(1);
      // different subscriptions at once: both paid, both kept, ids distinct
      const sg = subscriptionIdOf('ap-southeast-1');
      const buy = {
        type: 'upgrade',
        method: 'edition',
        edition: 'standard',
        quota: 5,
        validity: { unit: 'month', count: 1 },
        subscriptionId: sg,
        expectedVersion: 1,
        disclaimerAccepted: true,
      };
      const [x, y] = await Promise.all([a.order(renew(2)), b.order(buy)]);
      expect([x.status, y.status]).toEqual([201, 201]);
      const ids = [x, y].map((r) => OrderResultSchema.parse(r.body).order.id);
      expect(new Set(ids).size).toBe(2);
      const after = OrderListSchema.parse((await b.get('/orders')).body).items.map((o) => o.id);
      expect(after).toEqual(expect.arrayContaining(ids));
      expect(new Set(after).size).toBe(after.length);
    },
  );

  test('a write that finds the stored state changed since it was read starts again', async () => {
    const inner = memoryStorage();
    const other = tabApi({ storage: inner });
    await other.get('/session');
    // the other tab writes between this tab's read and its write, once
    let interfere = true;
    let reads = 0;
    const racy = {
      ...inner,
      getItem: (key: string) => {
        const value = inner.getItem(key);
        if (key === STORAGE_KEY && interfere && ++reads === 2) {
          interfere = false;
          const world = JSON.parse(value ?? '') as World;
          inner.setItem(key, JSON.stringify({ ...world, latencyMs: 7 }));
          return inner.getItem(key);
        }
        return value;
      },
    };
    const tab = tabApi({ storage: racy });
    const res = await tab.order(renew(1));
    expect(res.status).toBe(201);
    const world = stored(other);
    expect(world.latencyMs).toBe(7); // the other tab's write is kept
    expect(world.orders.filter((o) => o.type === 'renew')).toHaveLength(1); // and this one's order
  });
});

describe('stored state that parses but breaks the invariants', () => {
  const healthy = () => {
    const api = tabApi();
    return api.get('/session').then(() => stored(api));
  };
  const cases: [string, (w: World) => unknown][] = [
    ['no regions', (w) => ({ ...w, regions: [] })],
    ['a region missing', (w) => ({ ...w, regions: w.regions.slice(1) })],
    ['a region twice', (w) => ({ ...w, regions: [...w.regions, w.regions[0]] })],
    ['a clock beyond the Date range (1e308)', (w) => ({ ...w, clockOffsetMs: 1e308 })],
    ['a clock beyond the Date range (9e15)', (w) => ({ ...w, clockOffsetMs: 9e15 })],
    ['a clock 20 years ahead', (w) => ({ ...w, clockOffsetMs: 20 * 366 * DAY })],
  ];

  test.each(cases)(
    '%s: replaced by the default scenario, kept for Restore, never a 5xx',
    async (_, damage) => {
      const damaged = JSON.stringify(damage(await healthy()));
      const storage = memoryStorage({ [STORAGE_KEY]: damaged });
      const api = tabApi({ storage });
      for (const path of [
        '/overview?region=cn-hangzhou',
        '/subscriptions',
        '/orders',
        '/demo',
        '/messages',
      ]) {
        const res = await api.get(path);
        expect(res.status, path).toBe(200);
      }
      const messages = stored(api).messages.filter((m) => m.kind === 'demo-data-reset');
      expect(messages).toHaveLength(1);
      expect(storage.getItem(PREVIOUS_KEY)).toBe(damaged);
      expect(DemoStateSchema.parse((await api.get('/demo')).body).canRestore).toBe(true);
      expect((await api.post('/demo/reset')).status).toBe(200);
    },
  );

  test('POST /demo/reset works whatever is stored', async () => {
    for (const raw of [
      '{',
      '[]',
      JSON.stringify({ schemaVersion: 99 }),
      JSON.stringify({ clockOffsetMs: 1e308 }),
    ]) {
      const api = tabApi({ storage: memoryStorage({ [STORAGE_KEY]: raw }) });
      expect((await api.post('/demo/reset')).status).toBe(200);
      expect(stored(api).scenario).toBe('healthy');
    }
  });
});

describe('the demo clock stays within one year back and ten years ahead', () => {
  test.each([
    ['11 years ahead', NOW + 11 * 366 * DAY, 422],
    ['2 years back', NOW - 2 * 366 * DAY, 422],
    ['9 years ahead', NOW + 9 * 365 * DAY, 200],
    ['11 months back', NOW - 330 * DAY, 200],
  ])('%s', async (_, at, status) => {
    const api = tabApi();
    const res = await api.patch('/demo', { now: new Date(at).toISOString() });
    expect(res.status).toBe(status);
    if (status === 422) {
      expect(ApiErrorBodySchema.parse(res.body).error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'now',
      });
    }
  });

  test('with monthly auto-renew and the clock at its limit, one read renews up to it and the next adds nothing', async () => {
    const api = tabApi();
    await api.patch(`/subscriptions/${HZ}`, {
      autoRenew: true,
      autoRenewMonths: 1,
      expectedVersion: 1,
    });
    const far = (await api.get('/demo')).body as { clockRange: { max: string } };
    expect((await api.patch('/demo', { now: far.clockRange.max })).status).toBe(200);
    await api.get('/overview?region=cn-hangzhou');
    const size = api.raw()?.length ?? 0;
    const orders = stored(api).orders.length;
    expect(orders).toBeLessThan(140); // ten years of monthly renewals, and no more
    for (let i = 0; i < 20; i++) await api.get('/overview?region=cn-hangzhou');
    expect(stored(api).orders).toHaveLength(orders);
    expect(api.raw()?.length).toBe(size);
    expect(stored(api).messages.length).toBeLessThanOrEqual(200);
  });
});

describe('state of another schema version', () => {
  test('a newer schema is left as it is, and every request says so with a 409', async () => {
    const newer = JSON.stringify({
      schemaVersion: WORLD_SCHEMA_VERSION + 1,
      whatever: 'a newer build wrote this',
    });
    const storage = memoryStorage({ [STORAGE_KEY]: newer });
    const api = tabApi({ storage });
    for (const res of [
      await api.get('/overview?region=cn-hangzhou'),
      await api.order(renew(1)),
      await api.get('/demo'),
    ]) {
      expect(res.status).toBe(409);
      expect(codeOf(res.body)).toBe('DEMO_DATA_NEWER');
    }
    expect(api.raw()).toBe(newer);
    // a reset is the customer's choice: it starts over and keeps the newer state as the previous demo
    expect((await api.post('/demo/reset')).status).toBe(200);
    expect(storage.getItem(PREVIOUS_KEY)).toBe(newer);
    const restore = await api.post('/demo/restore');
    expect(restore.status).toBe(409);
    expect(codeOf(restore.body)).toBe('NOTHING_TO_RESTORE');
  });

  test('schema 1 (before order spans) is migrated: nothing bought is lost, and refunds follow R18', () => {
    const v1 = readFileSync(
      new URL('./migrations/fixtures/world-v1.json', import.meta.url),
      'utf8',
    );
    const old = JSON.parse(v1) as { orders: Order[]; regions: World['regions'] };
    const loaded = readWorld(v1, NOW);
    expect(loaded.resetReason).toBeUndefined();
    const world = loaded.world!;
    expect(world.schemaVersion).toBe(WORLD_SCHEMA_VERSION);
    expect(world.orders.map((o) => [o.id, o.amount])).toEqual(
      old.orders.map((o) => [o.id, o.amount]),
    );
    expect(world.regions.map((r) => r.subscription)).toEqual(
      old.regions.map((r) => r.subscription),
    );
    const hz = regionState(world, 'cn-hangzhou').subscription;
    const term = world.orders.filter((o) => o.subscriptionId === hz.id);
    // the seeded purchase covers its year; the renewal the year after it; the upgrade and pack end at the expiry
    const byKey = (key: string) => term.find((o) => o.items[0]?.key === key)?.span;
    expect(byKey('newPurchase')).toEqual({ from: hz.startedAt, to: '2025-09-26T08:00:00.000Z' });
    expect(byKey('renewal')).toEqual({ from: '2025-09-26T08:00:00.000Z', to: hz.expiresAt });
    expect(byKey('upgrade')?.to).toBe(hz.expiresAt);
    expect(byKey('pack')?.to).toBe(hz.expiresAt);
    const refund = unsubscribeRefund(hz, world.orders, NOW + 10 * DAY);
    const paid = term.filter((o) => o.amount > 0).reduce((s, o) => s + o.amount, 0);
    expect(refund.lines).toHaveLength(4);
    expect(refund.amount).toBeGreaterThan(0);
    expect(refund.amount).toBeLessThanOrEqual(paid);
  });
});

describe('a demo replaced is kept: Restore previous demo', () => {
  test('a scenario link over a demo with orders: Restore brings the orders back; ids and versions never go back', async () => {
    const api = tabApi();
    const paid = OrderResultSchema.parse((await api.order(renew(1))).body).order;
    expect((await api.post('/demo/scenario', { name: 'expiring-soon' })).status).toBe(200);
    const afterScenario = stored(api);
    expect(afterScenario.orders.some((o) => o.id === paid.id)).toBe(false);
    expect(regionState(afterScenario, 'cn-hangzhou').subscription.version).toBeGreaterThan(2);
    // a page opened before the scenario is refused, not applied to the new state
    expect((await api.order(renew(2))).status).toBe(409);
    expect(DemoStateSchema.parse((await api.get('/demo')).body).canRestore).toBe(true);

    const restored = await api.post('/demo/restore');
    expect(restored.status).toBe(200);
    const world = stored(api);
    expect(world.orders.find((o) => o.id === paid.id)).toEqual(paid);
    expect(regionState(world, 'cn-hangzhou').subscription.version).toBeGreaterThan(
      regionState(afterScenario, 'cn-hangzhou').subscription.version,
    );
    // the scenario is kept in turn: Restore again swaps back
    expect((await api.post('/demo/restore')).status).toBe(200);
    expect(stored(api).scenario).toBe('expiring-soon');
  });

  test('order ids are never reused, not even after a reset or a scenario load', async () => {
    const api = tabApi();
    const seen = new Set<string>();
    const collect = () =>
      stored(api).orders.forEach((o) => seen.add(`${o.id}|${o.createdAt}|${o.amount}`));
    for (const step of [
      () => api.order(renew(1)),
      () => api.post('/demo/reset'),
      () => api.post('/demo/scenario', { name: 'multi-region' }),
      () => api.post('/demo/scenario', { name: 'multi-region' }),
      () => api.post('/demo/reset'),
    ]) {
      await step();
      collect();
    }
    const ids = [...seen].map((s) => s.split('|')[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
