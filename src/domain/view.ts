import { EDITIONS, LIFECYCLE, LIMITS, DAY_MS } from './catalog';
import type { OverviewResponse, Status, Subscription, SubscriptionView } from './contract';
import {
  isDataRetained,
  retentionEndsAt,
  subscriptionDaysLeft,
  subscriptionStatus,
} from './lifecycle';
import { billableAssets, isUpgradeRequired, upgradeThresholdAssets, usagePercent } from './quota';
import { toIso, utcDate } from './time';
import { currentAssets, EMPTY_DATA, type RegionState } from './world';

const hasHigherEdition = (sub: Subscription): boolean =>
  Object.values(EDITIONS).some((e) => e.rank > EDITIONS[sub.edition].rank);

/**
 * R16: the actions the rules allow on a subscription now. Pages show buttons from this,
 * the API refuses the same things with a reason.
 */
export function allowedActions(
  sub: Subscription,
  status: Status,
  upgradeRequired: boolean,
): SubscriptionView['actions'] {
  const subscription = sub.billingMode === 'subscription';
  const live = status === 'active' || status === 'expiring';
  const isBasic = sub.billingMode === 'free';
  return {
    renew: subscription && status !== 'released' && !upgradeRequired,
    upgrade: (subscription && live && hasHigherEdition(sub)) || isBasic,
    // R11: nothing to increase once the quota is at its 10 000 maximum
    increaseQuota: subscription && live && (sub.quota ?? 0) < LIMITS.maxQuota,
    buyPack: subscription && live,
    unsubscribe: !isBasic && status !== 'released',
    buy: isBasic || status === 'released',
  };
}

/** The subscription of a region with every derived field of SPEC §2, at `nowMs`. */
export function subscriptionView(state: RegionState, nowMs: number): SubscriptionView {
  const sub = state.subscription;
  const status = subscriptionStatus(sub, nowMs);
  const assets = billableAssets(currentAssets(state));
  const upgradeRequired = isUpgradeRequired(sub, status, assets.total);
  const threshold =
    sub.billingMode === 'subscription' && sub.quota !== null
      ? upgradeThresholdAssets(sub.quota)
      : null;
  const retention = retentionEndsAt(sub);
  return {
    subscription: sub,
    status,
    daysLeft: subscriptionDaysLeft(sub, nowMs),
    billableAssets: assets,
    usagePercent: sub.billingMode === 'subscription' ? usagePercent(assets.total, sub.quota) : null,
    upgradeRequired,
    upgradeThresholdAssets: threshold,
    assetsBeforeUpgradeRequired: threshold === null ? null : Math.max(0, threshold - assets.total),
    retentionEndsAt: retention === null ? null : toIso(retention),
    retainedData: isDataRetained(status) ? state.data : { ...EMPTY_DATA },
    effectiveEdition: status === 'released' ? 'basic' : sub.edition,
    actions: allowedActions(sub, status, upgradeRequired),
  };
}

/** Billable assets at the end of each of the last 30 UTC days (today up to now). */
export function assetHistory(state: RegionState, nowMs: number): OverviewResponse['assetHistory'] {
  const todayStart = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const events = state.assetEvents.map((e) => ({
    at: Date.parse(e.at),
    total: e.ecs + e.external,
  }));
  const first = events[0]?.total ?? 0;
  const points: OverviewResponse['assetHistory'] = [];
  for (let d = LIFECYCLE.assetHistoryDays - 1; d >= 0; d--) {
    const dayEnd = d === 0 ? nowMs : todayStart - (d - 1) * DAY_MS - 1;
    let total = first;
    for (const e of events) if (e.at <= dayEnd) total = e.total;
    points.push({ date: utcDate(todayStart - d * DAY_MS), total });
  }
  return points;
}

export function overview(state: RegionState, nowMs: number): OverviewResponse {
  return { ...subscriptionView(state, nowMs), assetHistory: assetHistory(state, nowMs) };
}
