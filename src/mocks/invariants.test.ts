/**
 * The invariants of money and state (SPEC §2), checked the way billing systems are: after
 * every step of random sequences of requests — quotes, orders of every type, replays of
 * idempotency keys, stale versions, PATCHes, asset changes, clock moves, scenario loads,
 * resets, restores, reloads — sent by two tabs sharing one storage, with and without Web
 * Locks, through the real handlers and the real store.
 *
 * `FC_RUNS` sets the number of sequences per variant (a deeper search: FC_RUNS=10000),
 * `FC_SEED` replays a failing run (fast-check prints its seed and path).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EDITION_IDS, PACK_IDS, REGION_IDS } from '@/domain/catalog';
import type { Order, SubscriptionView } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { clockBounds, type World } from '@/domain/world';
import { fingerprint } from '@/domain/orders/place';
import { SCENARIO_NAMES } from './scenarios';
import { memoryStorage, STORAGE_KEY, type Locks } from './store';
import { readWorld } from './store-seam';
import { NOW, tabApi, type Api, type Reply } from './test-utils/api';
import { sharedLocks } from './test-utils/locks';

const RUNS = Number(process.env.FC_RUNS ?? 120);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);

/** What the sequence has seen so far, to check what must hold forever. */
type Model = {
  /** order id → what it was when first seen: an id never names another order */
  orders: Map<string, string>;
  /** Idempotency-Key → the body sent with it and the order ids it returned */
  /** Idempotency-Key → the body first sent, the body that paid (if any) and the orders it returned */
  keys: Map<string, { body: unknown; paidWith?: string; orderIds: Set<string> }>;
  /** subscription id → the highest version seen */
  versions: Map<string, number>;
};

type Real = {
  storage: ReturnType<typeof memoryStorage>;
  clock: { now: number };
  locks: Locks;
  tabs: [Api, Api];
  /** statuses ≥ 500 answered so far */
  failures: string[];
};

const signature = (o: Order) => `${o.type}|${o.createdAt}|${o.amount}|${o.subscriptionId}`;

function worldOf(real: Real): World {
  const loaded = readWorld(real.storage.getItem(STORAGE_KEY), real.clock.now);
  if (!loaded.world || loaded.resetReason)
    throw new Error(`stored world unreadable: ${loaded.resetReason}`);
  return loaded.world;
}

function record(real: Real, label: string, res: Reply): Reply {
  if (res.status >= 500) real.failures.push(`${label} → ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** Every invariant of SPEC §2 over the stored world and what the sequence has seen. */
function checkInvariants(model: Model, real: Real): void {
  expect(real.failures).toEqual([]);
  const world = worldOf(real);
  const ids = world.orders.map((o) => o.id);
  expect(new Set(ids).size, 'order ids unique').toBe(ids.length);
  const byId = new Map(world.orders.map((o) => [o.id, o]));
  const refunded = new Map<string, number>();
  for (const order of world.orders) {
    // every order's amount is the sum of its items
    expect(
      order.items.reduce((s, i) => s + i.amount, 0),
      `${order.id} items`,
    ).toBe(order.amount);
    // an id never names another order, not even after a reset or a scenario load
    const seen = model.orders.get(order.id);
    if (seen) expect(signature(order), `${order.id} reused`).toBe(seen);
    else model.orders.set(order.id, signature(order));
    if (order.type === 'unsubscribe') {
      expect(order.amount).toBeLessThanOrEqual(0);
      for (const item of order.items) {
        if (item.key !== 'refund') continue;
        const paidId = String(item.params?.orderId);
        const paid = Number(item.params?.paid);
        // R18: each line refunds at most what that order paid, and each order is refunded once
        expect(-item.amount).toBeGreaterThanOrEqual(0);
        expect(-item.amount).toBeLessThanOrEqual(paid);
        const original = byId.get(paidId);
        if (original) expect(original.amount).toBe(paid);
        refunded.set(paidId, (refunded.get(paidId) ?? 0) + 1);
      }
    }
  }
  for (const [id, times] of refunded) expect(times, `${id} refunded twice`).toBe(1);
  // versions only grow
  for (const { subscription: sub } of world.regions) {
    const before = model.versions.get(sub.id) ?? 0;
    expect(sub.version, `${sub.id} version`).toBeGreaterThanOrEqual(before);
    model.versions.set(sub.id, sub.version);
  }
  // one Idempotency-Key makes at most one order
  for (const [key, { orderIds }] of model.keys) expect(orderIds.size, key).toBeLessThanOrEqual(1);
  // issue 24: a paid request names an order of its subscription; no order pays two requests
  const paidBy = world.purchaseRequests.flatMap((r) => (r.orderId ? [r.orderId] : []));
  expect(new Set(paidBy).size, 'an order pays one request').toBe(paidBy.length);
  for (const request of world.purchaseRequests) {
    expect(request.status === 'paid', `${request.id} paid ⇔ orderId`).toBe(
      request.orderId !== undefined,
    );
    if (request.orderId)
      expect(byId.get(request.orderId)?.subscriptionId).toBe(request.subscriptionId);
  }
  // the demo clock stays within bounds
  const { min, max } = clockBounds(real.clock.now);
  const now = real.clock.now + world.clockOffsetMs;
  expect(now >= min && now <= max).toBe(true);
}

// ---- the requests a sequence is made of -------------------------------------------------------

type Intent = {
  tab: 0 | 1;
  region: (typeof REGION_IDS)[number];
  type: 'renew' | 'upgrade-edition' | 'upgrade-quota' | 'value-added-pack' | 'unsubscribe';
  edition: (typeof EDITION_IDS)[number];
  payPerUse: boolean;
  quotaDelta: number;
  validity: { unit: 'month' | 'year'; count: number };
  pack: string;
  quantity: number;
  disclaimer: boolean;
  stale: boolean;
};

/** Mostly `common`, sometimes `rare`: sequences should buy often and break rules now and then. */
const mostly = <T>(common: T, rare: T, weight = 6) =>
  fc.oneof({ arbitrary: fc.constant(common), weight }, { arbitrary: fc.constant(rare), weight: 1 });

const tabArb = fc.constantFrom(0 as const, 1 as const);
const regionArb = fc.oneof(
  { arbitrary: fc.constant(REGION_IDS[0]), weight: 3 },
  { arbitrary: fc.constantFrom(...REGION_IDS), weight: 2 },
);

const intent: fc.Arbitrary<Intent> = fc.record({
  tab: tabArb,
  region: regionArb,
  type: fc.constantFrom(
    'renew',
    'upgrade-edition',
    'upgrade-quota',
    'value-added-pack',
    'unsubscribe',
  ),
  edition: fc.constantFrom(...EDITION_IDS),
  payPerUse: mostly(false, true, 3),
  quotaDelta: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 40 }), weight: 5 },
    { arbitrary: fc.integer({ min: -3, max: 0 }), weight: 1 },
  ),
  validity: fc.oneof(
    {
      arbitrary: fc.record({
        unit: fc.constant('month' as const),
        count: fc.integer({ min: 1, max: 9 }),
      }),
      weight: 4,
    },
    {
      arbitrary: fc.record({
        unit: fc.constant('year' as const),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        unit: fc.constantFrom('month' as const, 'year' as const),
        count: fc.constantFrom(0, 4, 10),
      }),
      weight: 1,
    },
  ),
  pack: fc.oneof(
    { arbitrary: fc.constantFrom(...PACK_IDS), weight: 6 },
    { arbitrary: fc.constant('no-such-pack'), weight: 1 },
  ),
  quantity: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 6 },
    { arbitrary: fc.constantFrom(0, 101), weight: 1 },
  ),
  disclaimer: mostly(true, false, 9),
  stale: mostly(false, true, 9),
});

async function viewOf(api: Api, region: string): Promise<SubscriptionView | undefined> {
  const res = await api.get<SubscriptionView>(`/overview?region=${region}`);
  return res.status === 200 ? res.body : undefined;
}

function bodyFor(i: Intent, view: SubscriptionView): Record<string, unknown> {
  const sub = view.subscription;
  const base = {
    subscriptionId: sub.id,
    expectedVersion: i.stale ? sub.version - 1 : sub.version,
    disclaimerAccepted: i.disclaimer,
  };
  const quota = Math.max(sub.quota ?? 0, view.billableAssets.total) + i.quotaDelta;
  switch (i.type) {
    case 'renew':
      return { ...base, type: 'renew', validity: i.validity };
    case 'upgrade-edition':
      return sub.billingMode === 'free' || view.status === 'released'
        ? i.payPerUse
          ? {
              ...base,
              type: 'upgrade',
              method: 'edition',
              edition: i.edition,
              billingMode: 'pay-per-use',
            }
          : {
              ...base,
              type: 'upgrade',
              method: 'edition',
              edition: i.edition,
              quota,
              validity: i.validity,
            }
        : { ...base, type: 'upgrade', method: 'edition', edition: i.edition, quota };
    case 'upgrade-quota':
      return { ...base, type: 'upgrade', method: 'quota', quota };
    case 'value-added-pack':
      return { ...base, type: 'value-added-pack', pack: i.pack, quantity: i.quantity };
    case 'unsubscribe':
      return { subscriptionId: sub.id, expectedVersion: base.expectedVersion, type: 'unsubscribe' };
  }
}

let keyCounter = 0;

/** Runs `act`, and when it is refused checks that it changed nothing. */
async function refusalChangesNothing(
  real: Real,
  tab: Api,
  act: () => Promise<Reply>,
): Promise<Reply> {
  await tab.get('/session'); // settle what the clock alone does (auto-renewal, messages)
  const before = real.storage.getItem(STORAGE_KEY);
  const res = await act();
  if (res.status >= 400)
    expect(real.storage.getItem(STORAGE_KEY), `refused ${res.status}`).toBe(before);
  return res;
}

/** A step of a sequence: fast-check's model-based command. */
const command = (
  label: string,
  run: (model: Model, real: Real) => Promise<void>,
  check: (model: Readonly<Model>) => boolean = () => true,
): fc.AsyncCommand<Model, Real> => ({
  check,
  run: async (model, real) => {
    await run(model, real);
    checkInvariants(model, real);
  },
  toString: () => label,
});

/** A quote, then Pay Now with a new key for the same choices. */
const quoteAndPay = (i: Intent) =>
  command(`pay(${JSON.stringify(i)})`, async (model, real) => {
    const tab = real.tabs[i.tab];
    const view = await viewOf(tab, i.region);
    if (!view) return;
    const body = bodyFor(i, view);
    const quote = record(
      real,
      'quote',
      await refusalChangesNothing(real, tab, () => tab.post('/quotes', body)),
    );
    const key = `k-${++keyCounter}`;
    model.keys.set(key, { body, orderIds: new Set() });
    const paid = record(
      real,
      'order',
      await refusalChangesNothing(real, tab, () => tab.order(body, key)),
    );
    if (paid.status === 201) {
      const order = (paid.body as { order: Order }).order;
      const entry = model.keys.get(key);
      entry?.orderIds.add(order.id);
      if (entry) entry.paidWith = fingerprint(body);
      // a quote and the order placed from it, on unchanged state, have the same amount
      expect(quote.status).toBe(200);
      expect(order.amount).toBe((quote.body as { amount: number }).amount);
    }
  });

/**
 * Issue 24: a quote document, time passing, then Pay Now with its quoteId: the order costs what
 * the document said paying it costs now, never more than the quote while it is valid.
 */
const quoteDocumentAndPay = (i: Intent, laterDays: number) =>
  command(`quoteDocument(${JSON.stringify(i)}, +${laterDays} days)`, async (model, real) => {
    const tab = real.tabs[i.tab];
    const view = await viewOf(tab, i.region);
    if (!view) return;
    const body = bodyFor(i, view);
    const made = record(
      real,
      'quote document',
      await refusalChangesNothing(real, tab, () => tab.post('/quote-documents', body)),
    );
    if (made.status !== 201) return;
    const { id } = made.body as { id: string };
    real.clock.now += laterDays * 86_400_000;
    const doc = (await tab.get<QuoteDocument>(`/quote-documents/${id}`)).body;
    const key = `k-${++keyCounter}`;
    const paying = { ...body, quoteId: id };
    model.keys.set(key, { body: paying, orderIds: new Set() });
    const paid = record(
      real,
      'order with quote',
      await refusalChangesNothing(real, tab, () => tab.order(paying, key)),
    );
    if (paid.status !== 201) return;
    const order = (paid.body as { order: Order }).order;
    const entry = model.keys.get(key);
    entry?.orderIds.add(order.id);
    if (entry) entry.paidWith = fingerprint(paying);
    expect(order.amount).toBe(doc.current?.amount);
    if (doc.status === 'valid') expect(order.amount).toBeLessThanOrEqual(doc.amount);
  });

/** A key used before, sent again with the same body or another. */
const replay = (pick: number, t: 0 | 1, alter: boolean) =>
  command(
    `replay(${pick}, tab ${t}, ${alter ? 'altered' : 'same'})`,
    async (model, real) => {
      const keys = [...model.keys.keys()];
      const key = keys[pick % keys.length]!;
      const entry = model.keys.get(key)!;
      const sent = entry.body as { disclaimerAccepted?: boolean };
      const body = alter ? { ...sent, disclaimerAccepted: !sent.disclaimerAccepted } : sent;
      const paidWith = entry.paidWith;
      const res = record(real, 'replay', await real.tabs[t].order(body, key));
      if (res.status === 200 || res.status === 201) {
        entry.orderIds.add((res.body as { order: Order }).order.id);
        entry.paidWith ??= fingerprint(body);
      }
      // under a key that paid, another body is refused (a refused first try used nothing)
      if (paidWith !== undefined && paidWith !== fingerprint(body))
        expect(res.status).toBeGreaterThanOrEqual(400);
    },
    (model) => model.keys.size > 0,
  );

/** Issue 24: a purchase request for the intent's choices (a refusal changes nothing). */
const askRequest = (i: Intent) =>
  command(`request(${JSON.stringify(i)})`, async (_, real) => {
    const tab = real.tabs[i.tab];
    const view = await viewOf(tab, i.region);
    if (!view || i.type === 'unsubscribe') return;
    const order = { ...bodyFor(i, view), disclaimerAccepted: false };
    record(
      real,
      'request',
      await refusalChangesNothing(real, tab, () => tab.post('/purchase-requests', { order })),
    );
  });

type StoredRequest = { id: string; order: Record<string, unknown>; subscriptionId: string };

/** Issue 24: pay (its choices, today's version, a new key) or decline one of the requests. */
const settleRequest = (pick: number, t: 0 | 1, pay: boolean) =>
  command(`${pay ? 'pay' : 'decline'} request(${pick}, tab ${t})`, async (model, real) => {
    const tab = real.tabs[t];
    const { items } = (await tab.get<{ items: StoredRequest[] }>('/purchase-requests')).body;
    const request = items[pick % Math.max(1, items.length)];
    if (!request) return;
    if (!pay) {
      const reason = { reason: 'not now' };
      record(
        real,
        'decline',
        await refusalChangesNothing(real, tab, () =>
          tab.post(`/purchase-requests/${request.id}/decline`, reason),
        ),
      );
      return;
    }
    const sub = (await tab.get<SubscriptionView>(`/subscriptions/${request.subscriptionId}`)).body;
    const body = {
      ...request.order,
      expectedVersion: sub.subscription.version,
      disclaimerAccepted: true,
      purchaseRequestId: request.id,
    };
    const key = `k-${++keyCounter}`;
    model.keys.set(key, { body, orderIds: new Set() });
    const paid = record(
      real,
      'pay request',
      await refusalChangesNothing(real, tab, () => tab.order(body, key)),
    );
    if (paid.status === 201) {
      model.keys.get(key)?.orderIds.add((paid.body as { order: Order }).order.id);
      const after = await tab.get<{ status: string }>(`/purchase-requests/${request.id}`);
      expect(after.body.status).toBe('paid');
    }
  });

const patch = (region: string, autoRenew: boolean, months: number, t: 0 | 1) =>
  command(`patch(${region}, ${autoRenew}, ${months})`, async (_, real) => {
    const tab = real.tabs[t];
    const view = await viewOf(tab, region);
    if (!view) return;
    const sub = view.subscription;
    const body = { autoRenew, autoRenewMonths: months, expectedVersion: sub.version };
    record(
      real,
      'patch',
      await refusalChangesNothing(real, tab, () => tab.patch(`/subscriptions/${sub.id}`, body)),
    );
  });

const demo = (label: string, act: (api: Api, real: Real) => Promise<Reply>, t: 0 | 1 = 0) =>
  command(label, async (_, real) => {
    record(real, label, await act(real.tabs[t], real));
  });

const commands = [
  intent.map(quoteAndPay),
  intent.map(quoteAndPay),
  fc.tuple(intent, fc.constantFrom(0, 0, 2, 9)).map(([i, later]) => quoteDocumentAndPay(i, later)),
  fc.tuple(fc.nat(), tabArb, fc.boolean()).map(([p, t, a]) => replay(p, t, a)),
  intent.map(askRequest),
  fc.tuple(fc.nat(), tabArb, fc.boolean()).map(([p, t, pay]) => settleRequest(p, t, pay)),
  fc
    .tuple(regionArb, fc.boolean(), fc.constantFrom(0, 1, 3, 12, 36, 10), tabArb)
    .map(([r, a, m, t]) => patch(r, a, m, t)),
  fc
    .tuple(regionArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), tabArb)
    .map(([region, ecs, external, t]) =>
      demo(
        `assets(${region}, ${ecs}, ${external})`,
        (api) => api.put('/demo/assets', { region, ecs, external }),
        t,
      ),
    ),
  fc
    .tuple(fc.integer({ min: -500, max: 4500 }), tabArb)
    .map(([days, t]) =>
      demo(
        `clock(${days} days)`,
        (api, real) =>
          api.patch('/demo', { now: new Date(real.clock.now + days * 86_400_000).toISOString() }),
        t,
      ),
    ),
  fc.integer({ min: 1, max: 90 }).map((days) =>
    demo(
      `time passes (${days} days)`,
      async (api, real) => {
        real.clock.now += days * 86_400_000;
        return api.get('/overview?region=cn-hangzhou');
      },
      0,
    ),
  ),
  fc
    .tuple(fc.constantFrom(...SCENARIO_NAMES), tabArb)
    .map(([name, t]) =>
      demo(`scenario(${name})`, (api) => api.post('/demo/scenario', { name }), t),
    ),
  fc
    .constantFrom(0 as const, 1 as const)
    .map((t) => demo('reset', (api) => api.post('/demo/reset'), t)),
  fc
    .constantFrom(0 as const, 1 as const)
    .map((t) => demo('restore', (api) => api.post('/demo/restore'), t)),
  fc
    .constantFrom('admin', 'readonly')
    .map((role) => demo(`role(${role})`, (api) => api.patch('/demo', { role }), 0)),
  tabArb.map((t) =>
    demo(
      `reload tab ${t}`,
      async (_, real) => {
        real.tabs[t] = tabApi({ storage: real.storage, clock: real.clock, locks: real.locks });
        return real.tabs[t].get('/session');
      },
      t,
    ),
  ),
];

describe('invariants of money and state over random sequences (SPEC §2)', () => {
  test.each([
    ['two tabs without Web Locks', () => null],
    ['two tabs with Web Locks', sharedLocks],
  ])(
    '%s',
    async (_, makeLocks) => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), async (cmds) => {
          const storage = memoryStorage();
          const clock = { now: NOW };
          const locks = makeLocks();
          const real: Real = {
            storage,
            clock,
            locks,
            tabs: [tabApi({ storage, clock, locks }), tabApi({ storage, clock, locks })],
            failures: [],
          };
          await real.tabs[0].get('/session');
          const model: Model = { orders: new Map(), keys: new Map(), versions: new Map() };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    // a sequence takes 20 to 120 ms here, the most with both cores busy
    Math.max(120_000, RUNS * 250),
  );
});
