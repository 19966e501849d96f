import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { EDITION_IDS } from './catalog';
import { OverviewResponseSchema, SubscriptionViewSchema, type OrderRequest } from './contract';
import { placeOrder } from './orders/place';
import {
  basicSub,
  DAY,
  HZ,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  SOME_DATA,
  worldWith,
} from './test-utils/fixtures';
import { toIso } from './time';
import { allowedActions, assetHistory, overview, subscriptionView } from './view';
import { EMPTY_DATA } from './world';

const standard = (daysLeft: number, assets = 8) =>
  regionWith(paidSub({ daysLeft }), { ecs: assets - 2, external: 2 });

describe('SubscriptionView: the derived fields of SPEC §2', () => {
  test('healthy: active, 200 days, 8 of 10', () => {
    const view = SubscriptionViewSchema.parse(subscriptionView(standard(200), NOW));
    expect(view).toMatchObject({
      status: 'active',
      daysLeft: 200,
      billableAssets: { ecs: 6, external: 2, total: 8 },
      usagePercent: 80,
      upgradeRequired: false,
      upgradeThresholdAssets: 12,
      assetsBeforeUpgradeRequired: 4,
      retentionEndsAt: toIso(NOW + 203 * DAY),
      retainedData: SOME_DATA,
      effectiveEdition: 'standard',
      actions: {
        renew: true,
        upgrade: true,
        increaseQuota: true,
        buyPack: true,
        unsubscribe: true,
        buy: false,
      },
    });
  });

  test('R7 near the threshold (11 of 10): warned, not required', () => {
    const view = subscriptionView(standard(200, 11), NOW);
    expect(view).toMatchObject({
      usagePercent: 110,
      upgradeRequired: false,
      assetsBeforeUpgradeRequired: 1,
    });
    expect(view.actions.renew).toBe(true);
  });

  test('R7 at 120 % (12 of 10): upgrade required, renew not offered', () => {
    const view = subscriptionView(standard(120, 12), NOW);
    expect(view).toMatchObject({
      usagePercent: 120,
      upgradeRequired: true,
      assetsBeforeUpgradeRequired: 0,
    });
    expect(view.actions).toMatchObject({ renew: false, upgrade: true, increaseQuota: true });
  });

  test('R1 expiring: daysLeft shown', () => {
    expect(subscriptionView(standard(5), NOW)).toMatchObject({ status: 'expiring', daysLeft: 5 });
  });

  test('R2/R3 expired: not protected, data retained and listed, renew only', () => {
    const view = subscriptionView(standard(-1, 13), NOW);
    expect(view).toMatchObject({
      status: 'expired',
      daysLeft: -1,
      upgradeRequired: false,
      retainedData: SOME_DATA,
      effectiveEdition: 'standard',
    });
    expect(view.retentionEndsAt).toBe(toIso(NOW + 2 * DAY));
    expect(view.actions).toEqual({
      renew: true,
      upgrade: false,
      increaseQuota: false,
      buyPack: false,
      unsubscribe: true,
      buy: false,
    });
  });

  test('R4 released: served as Basic, retained data zero, Buy only', () => {
    const view = subscriptionView(standard(-4), NOW);
    expect(view).toMatchObject({
      status: 'released',
      effectiveEdition: 'basic',
      retainedData: EMPTY_DATA,
    });
    expect(view.subscription.edition).toBe('standard'); // the record stays for history
    expect(view.actions).toEqual({
      renew: false,
      upgrade: false,
      increaseQuota: false,
      buyPack: false,
      unsubscribe: false,
      buy: true,
    });
  });

  test('Basic: no quota, no expiry, Buy and Upgrade', () => {
    const view = subscriptionView(regionWith(basicSub(), { ecs: 2, external: 0 }), NOW);
    expect(view).toMatchObject({
      status: 'active',
      daysLeft: null,
      usagePercent: null,
      upgradeRequired: false,
      upgradeThresholdAssets: null,
      assetsBeforeUpgradeRequired: null,
      retentionEndsAt: null,
      effectiveEdition: 'basic',
    });
    expect(view.actions).toEqual({
      renew: false,
      upgrade: true,
      increaseQuota: false,
      buyPack: false,
      unsubscribe: false,
      buy: true,
    });
  });

  test('pay-per-use: active, no quota, only Unsubscribe', () => {
    const view = subscriptionView(regionWith(payPerUseSub(), { ecs: 500, external: 0 }), NOW);
    expect(view).toMatchObject({
      status: 'active',
      daysLeft: null,
      usagePercent: null,
      upgradeRequired: false,
    });
    expect(view.actions).toEqual({
      renew: false,
      upgrade: false,
      increaseQuota: false,
      buyPack: false,
      unsubscribe: true,
      buy: false,
    });
  });

  test('R16 Professional has no higher edition: Increase Quota but no edition Upgrade', () => {
    const pro = paidSub({ edition: 'professional' });
    expect(allowedActions(pro, 'active', false)).toMatchObject({
      upgrade: false,
      increaseQuota: true,
      renew: true,
      buyPack: true,
    });
  });
});

describe('R11 Increase Quota at the maximum', () => {
  test('is not offered at a quota of 10 000; an edition upgrade still is', () => {
    const state = regionWith(paidSub({ quota: 10_000 }), { ecs: 9_000, external: 0 });
    expect(subscriptionView(state, NOW).actions).toMatchObject({
      increaseQuota: false,
      upgrade: true,
      renew: true,
    });
    expect(allowedActions(paidSub({ quota: 9_999 }), 'active', false).increaseQuota).toBe(true);
  });
});

describe('asset history (30 days)', () => {
  test('30 consecutive UTC days ending today; the last is the current count', () => {
    const state = standard(200, 8);
    const history = assetHistory(state, NOW);
    expect(history).toHaveLength(30);
    expect(history.at(-1)).toEqual({ date: '2025-03-10', total: 8 });
    expect(history[0]?.date).toBe('2025-02-09');
    for (let i = 1; i < history.length; i++) {
      expect(Date.parse(history[i]?.date ?? '') - Date.parse(history[i - 1]?.date ?? '')).toBe(DAY);
    }
    // the fixture had 6 assets from 20 days ago until a minute ago
    expect(history.find((p) => p.date === '2025-02-25')?.total).toBe(6);
    expect(history.find((p) => p.date === '2025-03-09')?.total).toBe(6);
    // before the first event: the first count
    expect(history[0]?.total).toBe(6);
  });

  test('GET /overview body parses with OverviewResponseSchema', () => {
    expect(OverviewResponseSchema.safeParse(overview(standard(200), NOW)).success).toBe(true);
  });
});

describe('what a page may offer, decided here so no page applies R6, R7, R10, R11', () => {
  test('healthy Standard (8 of 10): Professional above; quota from 10, Increase Quota from 11', () => {
    const view = subscriptionView(standard(200, 8), NOW);
    expect(view).toMatchObject({
      effectiveQuota: 10,
      autoRenewApplies: true,
      nearUpgradeThreshold: false,
      upgradeOptions: {
        editions: ['professional'],
        quota: { edition: { min: 10, max: 10_000 }, quota: { min: 11, max: 10_000 } },
      },
    });
  });

  test('R6: more assets than the quota raise both minimums to the assets', () => {
    const view = subscriptionView(standard(120, 13), NOW);
    expect(view.upgradeOptions.quota).toEqual({
      edition: { min: 13, max: 10_000 },
      quota: { min: 13, max: 10_000 },
    });
  });

  test('R7: warned from 100 % of the quota (10 and 11 of 10), not at 9, not once required', () => {
    expect(subscriptionView(standard(200, 9), NOW).nearUpgradeThreshold).toBe(false);
    expect(subscriptionView(standard(200, 10), NOW).nearUpgradeThreshold).toBe(true);
    expect(subscriptionView(standard(200, 11), NOW).nearUpgradeThreshold).toBe(true);
    expect(subscriptionView(standard(200, 12), NOW).nearUpgradeThreshold).toBe(false);
    // expired: nothing to warn about, renewal comes first
    expect(subscriptionView(standard(-1, 11), NOW).nearUpgradeThreshold).toBe(false);
  });

  test('R10: Professional has nothing above it; only Increase Quota is offered', () => {
    const state = regionWith(paidSub({ edition: 'professional' }), { ecs: 6, external: 2 });
    expect(subscriptionView(state, NOW).upgradeOptions).toEqual({
      editions: [],
      quota: { edition: null, quota: { min: 11, max: 10_000 } },
    });
  });

  test('R11: at 10 000 Increase Quota is not offered; a version upgrade keeps 10 000', () => {
    const state = regionWith(paidSub({ quota: 10_000 }), { ecs: 9_000, external: 0 });
    expect(subscriptionView(state, NOW).upgradeOptions.quota).toEqual({
      edition: { min: 10_000, max: 10_000 },
      quota: null,
    });
  });

  test('Basic: a new purchase of any paid edition, at least 1 asset; no quota, no auto-renew', () => {
    const none = subscriptionView(regionWith(basicSub(), { ecs: 0, external: 0 }), NOW);
    expect(none).toMatchObject({
      effectiveQuota: null,
      autoRenewApplies: false,
      nearUpgradeThreshold: false,
      upgradeOptions: {
        editions: ['standard', 'professional'],
        quota: { edition: { min: 1, max: 10_000 }, quota: null },
      },
    });
    const two = subscriptionView(regionWith(basicSub(), { ecs: 2, external: 0 }), NOW);
    expect(two.upgradeOptions.quota.edition).toEqual({ min: 2, max: 10_000 });
  });

  test('released: served as Basic, so no quota and no auto-renew; a new purchase ignores the old quota', () => {
    const view = subscriptionView(standard(-4, 3), NOW);
    expect(view).toMatchObject({
      effectiveQuota: null,
      autoRenewApplies: false,
      upgradeOptions: {
        editions: ['standard', 'professional'],
        quota: { edition: { min: 3, max: 10_000 }, quota: null },
      },
    });
  });

  test('expired: the quota still applies and auto-renew too, but nothing is upgraded (renew first)', () => {
    const view = subscriptionView(standard(-1, 8), NOW);
    expect(view).toMatchObject({
      effectiveQuota: 10,
      autoRenewApplies: true,
      upgradeOptions: { editions: [], quota: { edition: null, quota: null } },
    });
  });

  test('pay-per-use: no quota, no auto-renew, nothing to upgrade', () => {
    const view = subscriptionView(regionWith(payPerUseSub(), { ecs: 500, external: 0 }), NOW);
    expect(view).toMatchObject({
      effectiveQuota: null,
      autoRenewApplies: false,
      nearUpgradeThreshold: false,
      upgradeOptions: { editions: [], quota: { edition: null, quota: null } },
    });
  });
});

describe('the upgrade options a view offers are exactly what the API accepts', () => {
  const subArb = fc.oneof(
    fc.constant(basicSub()),
    fc.constant(payPerUseSub()),
    fc
      .record({
        edition: fc.constantFrom('standard' as const, 'professional' as const),
        quota: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 9_990, max: 10_000 })),
        daysLeft: fc.integer({ min: -5, max: 300 }),
      })
      .map((opts) => paidSub(opts)),
  );

  propTest.prop([subArb, fc.integer({ min: 0, max: 40 })], { numRuns: 300 })(
    'the minimum passes, one below it is refused, nothing is accepted where nothing is offered',
    (sub, ecs) => {
      const state = regionWith(sub, { ecs, external: 0 });
      const world = worldWith([state]);
      const { upgradeOptions: options, actions } = subscriptionView(state, NOW);
      const base = { subscriptionId: HZ, expectedVersion: sub.version, disclaimerAccepted: true };
      const accepted = (order: OrderRequest) => placeOrder(world, order, 'k', NOW).ok;
      const increase = (quota: number) =>
        accepted({ ...base, type: 'upgrade', method: 'quota', quota });
      const toEdition = (edition: (typeof EDITION_IDS)[number], quota: number) =>
        accepted({
          ...base,
          type: 'upgrade',
          method: 'edition',
          edition,
          quota,
          // a new purchase names its term
          ...(actions.buy ? { validity: { unit: 'month' as const, count: 1 } } : {}),
        });

      const inc = options.quota.quota;
      if (inc) {
        expect(increase(inc.min)).toBe(inc.min <= inc.max);
        expect(increase(inc.min - 1)).toBe(false);
        expect(increase(inc.max + 1)).toBe(false);
      } else {
        expect(increase(Math.max(ecs, (sub.quota ?? 0) + 1, 1))).toBe(false);
      }

      const range = options.quota.edition;
      for (const edition of EDITION_IDS) {
        const offered = options.editions.includes(edition);
        if (!range) {
          expect(toEdition(edition, Math.max(ecs, sub.quota ?? 1, 1))).toBe(false);
          continue;
        }
        expect(toEdition(edition, range.min)).toBe(offered && range.min <= range.max);
        if (offered) expect(toEdition(edition, range.min - 1)).toBe(false);
      }
    },
  );
});
