/**
 * Property tests (fast-check) for the invariants of the rules engine. The expected
 * values are computed here independently of the domain: prices from SPEC's literal
 * numbers, rounding in BigInt, calendar months with Date.UTC.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { OrderRequest, Status, Subscription } from './contract';
import { subscriptionStatus } from './lifecycle';
import { placeOrder, quoteOrder } from './orders/place';
import { planRenewal } from './orders/renew';
import { planUpgrade } from './orders/upgrade';
import { isUpgradeRequired, reachesUpgradeThreshold } from './quota';
import {
  basicSub,
  DAY,
  HZ,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  worldWith,
} from './test-utils/fixtures';
import { toIso } from './time';
import { subscriptionView } from './view';
import { regionState, type RegionState, type World } from './world';

// ---- SPEC numbers, restated ------------------------------------------------------------------

const MONTHLY = { basic: 0n, standard: 800n, professional: 1500n } as const;
const RANK = { basic: 0, standard: 1, professional: 2 } as const;
const STATUS_RANK: Record<Status, number> = { active: 0, expiring: 1, expired: 2, released: 3 };

/** round(n / d) half up, for n ≥ 0, in BigInt. */
const roundHalfUp = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);
/** ceil(a / b) for b > 0, any sign of a, in BigInt. */
const ceilDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? (a + b - 1n) / b : -(-a / b));

/** SPEC R8: round((newMonthly × newQuota − oldMonthly × oldQuota) × 12 × max(1, daysLeft) / 365), half up. */
function specUpgradeFee(
  from: { edition: 'standard' | 'professional'; quota: number },
  to: { edition: 'standard' | 'professional'; quota: number },
  expiresAtMs: number,
  nowMs: number,
): bigint {
  const daysLeft = ceilDiv(BigInt(expiresAtMs - nowMs), 86_400_000n);
  const remaining = daysLeft > 1n ? daysLeft : 1n;
  const delta = MONTHLY[to.edition] * BigInt(to.quota) - MONTHLY[from.edition] * BigInt(from.quota);
  return roundHalfUp(delta * 12n * remaining, 365n);
}

/** Calendar months added in UTC with the day clamped to the month's end. */
function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

// ---- arbitraries --------------------------------------------------------------------------------

const editionArb = fc.constantFrom('standard' as const, 'professional' as const);
/** an expiry from 10 days ago to 3 years ahead, to the millisecond */
const expiryOffsetArb = fc.integer({ min: -10 * DAY, max: 1100 * DAY });

const subscriptionArb: fc.Arbitrary<{ sub: Subscription; assets: number }> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .record({ assets: fc.integer({ min: 0, max: 30 }) })
      .map(({ assets }) => ({ sub: basicSub(), assets })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ assets: fc.integer({ min: 0, max: 500 }) })
      .map(({ assets }) => ({ sub: payPerUseSub(), assets })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({
        edition: editionArb,
        quota: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10_000 })),
        offset: fc.oneof(expiryOffsetArb, fc.integer({ min: -4 * DAY, max: 8 * DAY })),
        usage: fc.integer({ min: 0, max: 150 }),
        packs: fc.subarray([
          { pack: 'log-storage-100gb' as const, quantity: 3 },
          { pack: 'web-tamper-protection' as const, quantity: 99 },
        ]),
        version: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ edition, quota, offset, usage, packs, version }) => ({
        sub: paidSub({ edition, quota, expiresAt: toIso(NOW + offset), packs, version }),
        assets: Math.floor((quota * usage) / 100),
      })),
  },
);

const worldArb: fc.Arbitrary<World> = fc
  .record({
    s: subscriptionArb,
    role: fc.constantFrom('admin' as const, 'admin' as const, 'readonly' as const),
    ordersDaysAgo: fc.option(fc.integer({ min: 0, max: 30 })),
  })
  .map(({ s, role, ordersDaysAgo }) => {
    const state = regionWith(s.sub, { ecs: s.assets, external: 0 });
    const orders =
      ordersDaysAgo === null || s.sub.billingMode === 'free'
        ? []
        : [
            {
              id: 'ORD-PREV',
              type: 'upgrade' as const,
              region: s.sub.region,
              subscriptionId: s.sub.id,
              amount: 12_345,
              currency: 'USD' as const,
              items: [{ description: 'earlier order', amount: 12_345 }],
              status: 'paid' as const,
              createdAt: toIso(NOW - ordersDaysAgo * DAY),
              edition: s.sub.edition,
            },
          ];
    return worldWith([state], { role, orders });
  });

/** `arb` or an absent field, with the given weights. */
const maybe = <T>(arb: fc.Arbitrary<T>, present = 1, absent = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof(
    { weight: absent, arbitrary: fc.constant(undefined) },
    { weight: present, arbitrary: arb },
  );
/** Drops the absent fields, as JSON would. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const validityArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      unit: fc.constant('month' as const),
      count: fc.integer({ min: 1, max: 9 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      unit: fc.constant('year' as const),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      unit: fc.constantFrom('month' as const, 'year' as const),
      count: fc.integer({ min: -1, max: 13 }),
    }),
  },
);
const quotaArb = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.integer({ min: 0, max: 10_002 }));
const tagsArb = fc.oneof(
  fc.array(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 36 }),
      value: fc.string({ maxLength: 43 }),
    }),
    { maxLength: 5 },
  ),
  fc.array(fc.record({ key: fc.string({ maxLength: 40 }), value: fc.string({ maxLength: 45 }) }), {
    maxLength: 22,
  }),
);
const base = {
  subscriptionId: fc.constantFrom(HZ, HZ, HZ, HZ, 'sub-unknown'),
  expectedVersion: fc.integer({ min: 0, max: 6 }),
  disclaimerAccepted: fc.boolean(),
};

const orderArb: fc.Arbitrary<OrderRequest> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        ...base,
        type: fc.constant('renew' as const),
        validity: validityArb,
        quota: maybe(quotaArb, 1, 3),
      })
      .map(compact),
  },
  {
    weight: 4,
    arbitrary: fc
      .record({
        ...base,
        type: fc.constant('upgrade' as const),
        method: fc.constantFrom('edition' as const, 'quota' as const),
        edition: maybe(
          fc.constantFrom('basic' as const, 'standard' as const, 'professional' as const),
          3,
        ),
        quota: maybe(quotaArb, 3),
        billingMode: maybe(fc.constantFrom('subscription' as const, 'pay-per-use' as const), 1, 3),
        validity: maybe(validityArb),
        tags: maybe(tagsArb, 1, 2),
      })
      .map(compact),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      ...base,
      type: fc.constant('value-added-pack' as const),
      pack: fc.constantFrom(
        'log-storage-100gb',
        'anti-ransomware-100gb',
        'web-tamper-protection',
        'gold-support',
      ),
      quantity: fc.integer({ min: -1, max: 101 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      subscriptionId: base.subscriptionId,
      expectedVersion: base.expectedVersion,
      type: fc.constant('unsubscribe' as const),
    }),
  },
);

/**
 * Mostly what a customer's console would send for `world`: the right subscription, its current
 * version, the disclaimer accepted, and an upgrade quota from the current minimum up; sometimes the raw request.
 */
function plausible(world: World, order: OrderRequest, dice: number, raise: number): OrderRequest {
  if (dice === 0) return order;
  const state = hz(world);
  const sub = state.subscription;
  const adjusted = {
    ...order,
    subscriptionId: HZ,
    expectedVersion: sub.version,
    ...(order.type === 'unsubscribe' ? {} : { disclaimerAccepted: true }),
  };
  if (adjusted.type === 'upgrade' && dice > 3) {
    const assets = state.assetEvents.at(-1)?.ecs ?? 0;
    const min = Math.max(sub.billingMode === 'subscription' ? (sub.quota ?? 0) : 0, assets, 1);
    return { ...adjusted, quota: min + raise };
  }
  return adjusted;
}
const plausibleOrderArb = (world: World): fc.Arbitrary<OrderRequest> =>
  fc
    .tuple(orderArb, fc.nat(9), fc.nat(20))
    .map(([order, dice, raise]) => plausible(world, order, dice, raise));

const hz = (world: World): RegionState => regionState(world, 'cn-hangzhou');
const liveQuota = (sub: Subscription, now: number): number | null =>
  sub.billingMode === 'subscription' && subscriptionStatus(sub, now) !== 'released'
    ? sub.quota
    : null;

// ---- properties ------------------------------------------------------------------------------------

describe('R11 the quota never decreases through any accepted order', () => {
  test.prop(
    [
      worldArb,
      fc.array(fc.tuple(orderArb, fc.nat(9), fc.nat(20), fc.integer({ min: 0, max: 5 * DAY })), {
        minLength: 1,
        maxLength: 8,
      }),
    ],
    {
      numRuns: 300,
    },
  )('over random order sequences', (initial, steps) => {
    let world: World = { ...initial, role: 'admin' };
    let now = NOW;
    for (const [raw, dice, raise, elapsed] of steps) {
      now += elapsed;
      const before = hz(world).subscription;
      const order = plausible(world, raw, dice, raise);
      const placed = placeOrder(world, order, `k-${now}-${dice}`, now);
      if (!placed.ok) continue;
      const after = placed.value.subscription;
      const old = liveQuota(before, now);
      if (order.type !== 'unsubscribe' && old !== null) {
        expect(after.quota).not.toBeNull();
        expect(after.quota ?? 0).toBeGreaterThanOrEqual(old);
      }
      if (order.type === 'renew') expect(after.quota).toBe(before.quota);
      // every order costs something or nothing; only an unsubscribe refunds
      if (order.type === 'unsubscribe') expect(placed.value.order.amount).toBeLessThanOrEqual(0);
      else expect(placed.value.order.amount).toBeGreaterThanOrEqual(0);
      world = placed.value.world;
    }
  });
});

describe('R8 an upgrade fee is never negative and equals the SPEC formula', () => {
  test.prop(
    [
      fc.record({
        edition: editionArb,
        quota: fc.integer({ min: 1, max: 10_000 }),
        expiresIn: fc.integer({ min: 1, max: 1100 * DAY }),
        usage: fc.integer({ min: 0, max: 100 }),
        target: editionArb,
        method: fc.constantFrom('edition' as const, 'quota' as const),
        raise: fc.integer({ min: 0, max: 10_000 }),
      }),
    ],
    { numRuns: 500 },
  )(
    'for every accepted upgrade of a live subscription',
    ({ edition, quota, expiresIn, usage, target, method, raise }) => {
      const newQuota = Math.min(10_000, quota + raise);
      const expiresAt = NOW + expiresIn;
      const state = regionWith(paidSub({ edition, quota, expiresAt: toIso(expiresAt) }), {
        ecs: Math.floor((quota * usage) / 100),
        external: 0,
      });
      const request =
        method === 'edition'
          ? { method, edition: target, quota: newQuota }
          : { method, quota: newQuota };
      const plan = planUpgrade(
        state,
        {
          type: 'upgrade',
          subscriptionId: HZ,
          expectedVersion: 1,
          disclaimerAccepted: true,
          ...request,
        },
        NOW,
      );
      const toEdition = method === 'edition' ? target : edition;
      const accepted = method === 'edition' ? RANK[target] > RANK[edition] : newQuota > quota;
      expect(plan.ok).toBe(accepted);
      if (!plan.ok) return;
      const expected = specUpgradeFee(
        { edition, quota },
        { edition: toEdition, quota: newQuota },
        expiresAt,
        NOW,
      );
      expect(plan.value.quote.amount).toBeGreaterThanOrEqual(0);
      expect(BigInt(plan.value.quote.amount)).toBe(expected);
      expect(plan.value.next.expiresAt).toBe(state.subscription.expiresAt);
    },
  );
});

describe('R5 renew never changes the quota', () => {
  test.prop(
    [
      subscriptionArb,
      validityArb,
      fc.oneof(
        fc.constant(undefined),
        fc.constant('same' as const),
        fc.integer({ min: 0, max: 10_001 }),
      ),
    ],
    {
      numRuns: 300,
    },
  )(
    'an accepted renewal keeps quota and edition, adds calendar months, charges monthly × quota × billed months',
    ({ sub, assets }, validity, named) => {
      const state = regionWith(sub, { ecs: assets, external: 0 });
      const quota = named === 'same' ? (sub.quota ?? 1) : named;
      const plan = planRenewal(
        state,
        quota === undefined ? { validity } : { validity, quota },
        NOW,
      );
      if (!plan.ok) return;
      expect(sub.billingMode).toBe('subscription');
      expect(plan.value.next.quota).toBe(sub.quota);
      expect(plan.value.next.edition).toBe(sub.edition);
      const months = validity.unit === 'year' ? validity.count * 12 : validity.count;
      expect(plan.value.next.expiresAt).toBe(
        toIso(addMonthsUtc(Date.parse(sub.expiresAt ?? ''), months)),
      );
      const billed = validity.unit === 'year' ? validity.count * 10 : validity.count;
      expect(BigInt(plan.value.quote.amount)).toBe(
        MONTHLY[sub.edition] * BigInt(sub.quota ?? 0) * BigInt(billed),
      );
    },
  );
});

describe('R7 the threshold flips exactly at 120 %', () => {
  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 13_000 })], {
    numRuns: 1000,
  })('required ⇔ assets × 5 ≥ quota × 6', (quota, assets) => {
    const expected = BigInt(assets) * 5n >= BigInt(quota) * 6n;
    expect(reachesUpgradeThreshold(assets, quota)).toBe(expected);
    expect(isUpgradeRequired({ billingMode: 'subscription', quota }, 'active', assets)).toBe(
      expected,
    );
    expect(isUpgradeRequired({ billingMode: 'subscription', quota }, 'expiring', assets)).toBe(
      expected,
    );
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 8 * DAY, max: 1000 * DAY })], {
    numRuns: 300,
  })('required at a = ceil(1.2 q) and not at a − 1', (quota, expiresIn) => {
    const a = quota + Math.ceil(quota / 5); // ceil(6q / 5), exactly
    const view = (assets: number) =>
      subscriptionView(
        regionWith(paidSub({ quota, expiresAt: toIso(NOW + expiresIn) }), {
          ecs: assets,
          external: 0,
        }),
        NOW,
      );
    expect(view(a).upgradeRequired).toBe(true);
    expect(view(a - 1).upgradeRequired).toBe(false);
    expect(view(a - 1).upgradeThresholdAssets).toBe(a);
    expect(view(a - 1).assetsBeforeUpgradeRequired).toBe(1);
  });
});

describe('idempotency: replaying a key never creates a second order', () => {
  test.prop(
    [
      worldArb.chain((w) => fc.tuple(fc.constant(w), plausibleOrderArb(w), orderArb)),
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.nat(30 * DAY),
    ],
    {
      numRuns: 300,
    },
  )(
    'same key + same body → the first order; same key + other body → IDEMPOTENCY_KEY_REUSED',
    ([world, order, other], key, later) => {
      const first = placeOrder(world, order, key, NOW);
      if (!first.ok) return;
      const replay = placeOrder(first.value.world, structuredClone(order), key, NOW + later);
      expect(replay.ok).toBe(true);
      if (!replay.ok) return;
      expect(replay.value.replayed).toBe(true);
      expect(replay.value.order).toEqual(first.value.order);
      expect(replay.value.world).toBe(first.value.world);
      expect(replay.value.world.orders).toHaveLength(world.orders.length + 1);
      const reused = placeOrder(first.value.world, other, key, NOW + later);
      if (JSON.stringify(other) === JSON.stringify(order)) return;
      expect(reused.ok).toBe(false);
      if (!reused.ok) expect(reused.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    },
  );
});

describe('a refused request changes nothing', () => {
  test.prop(
    [
      worldArb.chain((w) => fc.tuple(fc.constant(w), plausibleOrderArb(w))),
      fc.string({ minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 500 },
  )('placeOrder and quoteOrder leave the world deep-equal', ([world, order], key) => {
    const before = structuredClone(world);
    const quoted = quoteOrder(world, order, NOW);
    const placed = placeOrder(world, order, key, NOW);
    expect(world).toEqual(before);
    if (!placed.ok) {
      expect(placed).not.toHaveProperty('value');
      expect(placed.error.status).toBeGreaterThanOrEqual(400);
      expect(placed.error.status).toBeLessThan(500);
    } else {
      // what a quote says is what the order costs
      expect(quoted.ok).toBe(true);
      if (quoted.ok) expect(placed.value.order.amount).toBe(quoted.value.amount);
    }
  });
});

describe('R1–R4 status is monotone in time', () => {
  test.prop(
    [
      fc.integer({ min: -1000 * DAY, max: 1000 * DAY }),
      fc.integer({ min: -1100 * DAY, max: 1100 * DAY }),
      fc.nat(20 * DAY),
    ],
    { numRuns: 1000 },
  )(
    'active → expiring → expired → released never goes back as now increases',
    (expiresIn, t, dt) => {
      const sub = paidSub({ expiresAt: toIso(NOW + expiresIn) });
      const s1 = subscriptionStatus(sub, NOW + t);
      const s2 = subscriptionStatus(sub, NOW + t + dt);
      expect(STATUS_RANK[s2]).toBeGreaterThanOrEqual(STATUS_RANK[s1]);
    },
  );
});

describe('R16 the actions a view offers are exactly the orders the API accepts', () => {
  test.prop([subscriptionArb.filter(({ assets }) => assets <= 10_000), fc.boolean()], {
    numRuns: 500,
  })(
    'renew, increase quota, upgrade, buy, buy a pack, unsubscribe',
    ({ sub, assets }, atMaxQuota) => {
      const current = atMaxQuota && sub.quota !== null ? { ...sub, quota: 10_000 } : sub;
      const state = regionWith(current, { ecs: assets, external: 0 });
      const world = worldWith([state]);
      const { actions } = subscriptionView(state, NOW);
      const base = {
        subscriptionId: HZ,
        expectedVersion: current.version,
        disclaimerAccepted: true,
      };
      const accepted = (order: OrderRequest) => placeOrder(world, order, 'k', NOW).ok;
      const quota = current.quota ?? 0;

      expect(accepted({ ...base, type: 'renew', validity: { unit: 'month', count: 1 } })).toBe(
        actions.renew,
      );
      const minIncrease = Math.max(quota + 1, assets, 1);
      expect(
        minIncrease <= 10_000 &&
          accepted({ ...base, type: 'upgrade', method: 'quota', quota: minIncrease }),
      ).toBe(actions.increaseQuota);
      expect(
        accepted({
          ...base,
          type: 'upgrade',
          method: 'edition',
          edition: 'standard',
          quota: Math.max(assets, 1),
          validity: { unit: 'month', count: 1 },
        }),
      ).toBe(actions.buy);
      if (current.billingMode !== 'free') {
        expect(
          accepted({
            ...base,
            type: 'upgrade',
            method: 'edition',
            edition: 'professional',
            quota: Math.max(quota, assets),
          }),
        ).toBe(actions.upgrade);
      } else {
        expect(actions.upgrade).toBe(actions.buy);
      }
      expect(
        accepted({ ...base, type: 'value-added-pack', pack: 'log-storage-100gb', quantity: 1 }),
      ).toBe(actions.buyPack);
      expect(
        accepted({ type: 'unsubscribe', subscriptionId: HZ, expectedVersion: current.version }),
      ).toBe(actions.unsubscribe);
    },
  );
});
