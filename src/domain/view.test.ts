import { describe, expect, test } from 'vitest';
import { OverviewResponseSchema, SubscriptionViewSchema } from './contract';
import {
  basicSub,
  DAY,
  NOW,
  paidSub,
  payPerUseSub,
  regionWith,
  SOME_DATA,
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
