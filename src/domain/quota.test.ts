import { describe, expect, test } from 'vitest';
import {
  billableAssets,
  checkNewQuota,
  isUpgradeRequired,
  reachesUpgradeThreshold,
  upgradeThresholdAssets,
  usagePercent,
} from './quota';
import { expectOk, expectRefused } from './test-utils/result';

describe('R6 billable assets = ECS instances + external servers', () => {
  test('sums both kinds', () => {
    expect(billableAssets({ ecs: 6, external: 2 })).toEqual({ ecs: 6, external: 2, total: 8 });
    expect(billableAssets({ ecs: 0, external: 0 })).toEqual({ ecs: 0, external: 0, total: 0 });
    expect(billableAssets({ ecs: 0, external: 5 }).total).toBe(5);
  });
});

describe('R7 upgrade threshold at 120 % of quota, in integers', () => {
  test.each([
    // quota, assets, reached
    [10, 10, false],
    [10, 11, false],
    [10, 12, true],
    [10, 13, true],
    [3, 3, false],
    [3, 4, true], // 4 × 5 = 20 ≥ 18
    [5, 5, false],
    [5, 6, true], // exactly 120 %
    [1, 1, false],
    [1, 2, true],
    [7, 8, false], // 8 × 5 = 40 < 42
    [7, 9, true], // 45 ≥ 42
    [10_000, 11_999, false],
    [10_000, 12_000, true],
  ])('quota %i, %i assets → %s', (quota, assets, reached) => {
    expect(reachesUpgradeThreshold(assets, quota)).toBe(reached);
  });

  test.each([
    [10, 12],
    [3, 4],
    [5, 6],
    [1, 2],
    [7, 9],
    [11, 14], // 13.2 → 14
    [10_000, 12_000],
  ])('the first asset count requiring an upgrade for quota %i is %i', (quota, threshold) => {
    expect(upgradeThresholdAssets(quota)).toBe(threshold);
    expect(reachesUpgradeThreshold(threshold, quota)).toBe(true);
    expect(reachesUpgradeThreshold(threshold - 1, quota)).toBe(false);
  });
});

describe('R7 upgradeRequired ⇔ subscription billing ∧ active/expiring ∧ ≥ 120 %', () => {
  const subscription = { billingMode: 'subscription', quota: 10 } as const;
  test('required while active or expiring', () => {
    expect(isUpgradeRequired(subscription, 'active', 12)).toBe(true);
    expect(isUpgradeRequired(subscription, 'expiring', 12)).toBe(true);
    expect(isUpgradeRequired(subscription, 'active', 11)).toBe(false);
  });
  test('never when expired or released', () => {
    expect(isUpgradeRequired(subscription, 'expired', 50)).toBe(false);
    expect(isUpgradeRequired(subscription, 'released', 50)).toBe(false);
  });
  test('never for Basic or pay-per-use', () => {
    expect(isUpgradeRequired({ billingMode: 'free', quota: null }, 'active', 500)).toBe(false);
    expect(isUpgradeRequired({ billingMode: 'pay-per-use', quota: null }, 'active', 500)).toBe(
      false,
    );
  });
});

describe('usage percent', () => {
  test('billable / quota in whole percent, rounded down', () => {
    expect(usagePercent(8, 10)).toBe(80);
    expect(usagePercent(13, 10)).toBe(130);
    expect(usagePercent(2, 3)).toBe(66);
    expect(usagePercent(0, 10)).toBe(0);
  });
  test('null without a quota', () => {
    expect(usagePercent(8, null)).toBeNull();
    expect(usagePercent(8, 0)).toBeNull();
  });
});

describe('R6 + R11 new quota', () => {
  test('accepted from max(current, assets) up to 10 000', () => {
    expect(expectOk(checkNewQuota(13, 10, 13))).toBe(13);
    expect(expectOk(checkNewQuota(10_000, 10, 8))).toBe(10_000);
    expect(expectOk(checkNewQuota(10, 10, 8))).toBe(10);
    expect(expectOk(checkNewQuota(1, null, 0))).toBe(1);
  });
  test('R11 QUOTA_DECREASE_NOT_ALLOWED below the current quota', () => {
    const error = expectRefused(checkNewQuota(9, 10, 8), 'QUOTA_DECREASE_NOT_ALLOWED', {
      status: 422,
      field: 'quota',
    });
    expect(error.details).toMatchObject({ min: 10, currentQuota: 10 });
  });
  test('R6 QUOTA_BELOW_ASSETS below the billable assets', () => {
    const error = expectRefused(checkNewQuota(12, 10, 13), 'QUOTA_BELOW_ASSETS', {
      status: 422,
      field: 'quota',
    });
    expect(error.details).toMatchObject({ min: 13, billableAssets: 13 });
    expectRefused(checkNewQuota(4, null, 5), 'QUOTA_BELOW_ASSETS', { field: 'quota' });
  });
  test('a quota is at least 1', () => {
    expectRefused(checkNewQuota(0, null, 0), 'QUOTA_BELOW_ASSETS', { field: 'quota' });
    expectRefused(checkNewQuota(-5, null, 0), 'QUOTA_BELOW_ASSETS', { field: 'quota' });
  });
  test('R11 QUOTA_LIMIT_EXCEEDED above 10 000', () => {
    const error = expectRefused(checkNewQuota(10_001, 10, 8), 'QUOTA_LIMIT_EXCEEDED', {
      status: 422,
      field: 'quota',
    });
    expect(error.details).toEqual({ max: 10_000 });
    expect(error.message).toContain('10,000');
  });
});
