import { LIFECYCLE, LIMITS } from './catalog';
import type { Status, Subscription } from './contract';
import { ok, refuse, type Result } from './errors';

export type AssetCounts = { ecs: number; external: number };
/** What R7 reads of a subscription. */
type Quoted = Pick<Subscription, 'billingMode' | 'quota'>;

/** R6: billable assets = ECS instances + external servers of the region. */
export function billableAssets(assets: AssetCounts): {
  ecs: number;
  external: number;
  total: number;
} {
  return { ecs: assets.ecs, external: assets.external, total: assets.ecs + assets.external };
}

const { num, den } = LIFECYCLE.upgradeThreshold;

/** R7 in integer arithmetic: assets reach 120 % of quota ⇔ assets × 5 ≥ quota × 6. */
export function reachesUpgradeThreshold(assets: number, quota: number): boolean {
  return assets * den >= quota * num;
}

/** The lowest asset count at which an upgrade is required: ceil(quota × 6 / 5). */
export function upgradeThresholdAssets(quota: number): number {
  return Math.floor((quota * num + den - 1) / den);
}

/** The quota R7 measures assets against: subscription billing, while active or expiring; else null. */
function liveQuota(sub: Quoted, status: Status): number | null {
  const live = status === 'active' || status === 'expiring';
  return sub.billingMode === 'subscription' && live ? sub.quota : null;
}

/**
 * R7: upgradeRequired ⇔ subscription billing ∧ status ∈ {active, expiring} ∧ assets ≥ 120 % of quota.
 */
export function isUpgradeRequired(sub: Quoted, status: Status, assets: number): boolean {
  const quota = liveQuota(sub, status);
  return quota !== null && reachesUpgradeThreshold(assets, quota);
}

/** billable / quota in whole percent (rounded down); null without a quota. */
export function usagePercent(assets: number, quota: number | null): number | null {
  if (quota === null || quota <= 0) return null;
  return Math.floor((assets * 100) / quota);
}

/**
 * R6 + R11: a new quota is ≥ the current quota (never reduced), ≥ billable assets, ≤ 10 000.
 * `currentQuota` is null for a new purchase.
 */
export function checkNewQuota(
  quota: number,
  currentQuota: number | null,
  assets: number,
): Result<number> {
  if (currentQuota !== null && quota < currentQuota) {
    return refuse(
      'QUOTA_DECREASE_NOT_ALLOWED',
      `The quota cannot be reduced: enter at least the current ${currentQuota}.`,
      {
        field: 'quota',
        details: { min: Math.max(currentQuota, assets), currentQuota },
      },
    );
  }
  if (quota < assets || quota < 1) {
    return refuse(
      'QUOTA_BELOW_ASSETS',
      `The quota must cover all ${assets} billable assets (ECS instances and external servers): enter at least ${Math.max(assets, 1)}.`,
      {
        field: 'quota',
        details: { min: Math.max(assets, currentQuota ?? 1, 1), billableAssets: assets },
      },
    );
  }
  if (quota > LIMITS.maxQuota) {
    return refuse(
      'QUOTA_LIMIT_EXCEEDED',
      `The quota cannot exceed ${LIMITS.maxQuota.toLocaleString('en-US')} assets.`,
      {
        field: 'quota',
        details: { max: LIMITS.maxQuota },
      },
    );
  }
  return ok(quota);
}

export type QuotaRange = { min: number; max: number };

/**
 * R6 + R11 as the range a page may offer, the other side of `checkNewQuota`: every quota in it
 * passes, the one below `min` does not. `currentQuota` is null for a new purchase; `increase`
 * is Increase Quota (R9), which must raise the quota (a same-quota order is `NO_CHANGE`).
 */
export function newQuotaRange(
  currentQuota: number | null,
  assets: number,
  increase: boolean,
): QuotaRange {
  const floor = currentQuota === null ? 1 : increase ? currentQuota + 1 : currentQuota;
  return { min: Math.max(assets, floor), max: LIMITS.maxQuota };
}

/**
 * R7 warned, not blocked: from 100 % of the quota until an upgrade becomes required, while the
 * subscription is live, the customer is told how many assets are left before it is.
 */
export function isNearUpgradeThreshold(sub: Quoted, status: Status, assets: number): boolean {
  const quota = liveQuota(sub, status);
  return quota !== null && assets >= quota && !reachesUpgradeThreshold(assets, quota);
}
