import { EDITION_IDS, EDITIONS, LIFECYCLE, LIMITS, DAY_MS, type EditionId } from './catalog';
import type { OverviewResponse, Status, Subscription, SubscriptionView } from './contract';
import { forecastAssets } from './forecast';
import {
  isDataRetained,
  retentionEndsAt,
  subscriptionDaysLeft,
  subscriptionStatus,
} from './lifecycle';
import {
  billableAssets,
  isNearUpgradeThreshold,
  isUpgradeRequired,
  newQuotaRange,
  upgradeThresholdAssets,
  usagePercent,
} from './quota';
import { toIso, utcDate } from './time';
import { currentAssets, EMPTY_DATA, type RegionState } from './world';

/** R10: the editions ranked above `from`, lowest first. */
export const editionsAbove = (from: EditionId): EditionId[] =>
  EDITION_IDS.filter((id) => EDITIONS[id].rank > EDITIONS[from].rank).sort(
    (a, b) => EDITIONS[a].rank - EDITIONS[b].rank,
  );

const hasHigherEdition = (sub: Subscription): boolean => editionsAbove(sub.edition).length > 0;

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

/**
 * What the Upgrade wizard may offer (R6, R9–R11), so no page applies those rules itself:
 * the higher editions, and the quota range of each method the actions allow. From Basic or a
 * released subscription (`buy`) the upgrade is a new purchase: every paid edition, no current quota.
 */
export function upgradeOptions(
  sub: Subscription,
  assets: number,
  actions: SubscriptionView['actions'],
): SubscriptionView['upgradeOptions'] {
  const edition = actions.buy || actions.upgrade;
  const currentQuota = actions.buy ? null : sub.quota;
  return {
    editions: edition ? editionsAbove(actions.buy ? 'basic' : sub.edition) : [],
    quota: {
      edition: edition ? newQuotaRange(currentQuota, assets, false) : null,
      quota: actions.increaseQuota ? newQuotaRange(currentQuota, assets, true) : null,
    },
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
  const actions = allowedActions(sub, status, upgradeRequired);
  // a quota and auto-renew belong to subscription billing, until the region is served as Basic
  const termBilled = sub.billingMode === 'subscription' && status !== 'released';
  const options = upgradeOptions(sub, assets.total, actions);
  const daysLeft = subscriptionDaysLeft(sub, nowMs);
  const live = status === 'active' || status === 'expiring';
  const forecast =
    live && sub.billingMode === 'subscription' && sub.quota !== null && daysLeft !== null
      ? forecastAssets({
          totals: knownHistory(state, nowMs).map((p) => p.total),
          nowMs,
          quota: sub.quota,
          assets: assets.total,
          daysLeft,
          range: options.quota.quota ?? options.quota.edition,
        })
      : null;
  return {
    subscription: sub,
    status,
    daysLeft,
    billableAssets: assets,
    usagePercent: sub.billingMode === 'subscription' ? usagePercent(assets.total, sub.quota) : null,
    upgradeRequired,
    upgradeThresholdAssets: threshold,
    assetsBeforeUpgradeRequired: threshold === null ? null : Math.max(0, threshold - assets.total),
    retentionEndsAt: retention === null ? null : toIso(retention),
    retainedData: isDataRetained(status) ? state.data : { ...EMPTY_DATA },
    effectiveEdition: status === 'released' ? 'basic' : sub.edition,
    actions,
    effectiveQuota: termBilled ? sub.quota : null,
    autoRenewApplies: termBilled,
    nearUpgradeThreshold: isNearUpgradeThreshold(sub, status, assets.total),
    upgradeOptions: options,
    forecast,
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

/** The days of the history the region has really lived (from its first asset event's day): no forecast reads the filled-in days before it. */
function knownHistory(state: RegionState, nowMs: number): OverviewResponse['assetHistory'] {
  const first = state.assetEvents[0];
  const history = assetHistory(state, nowMs);
  if (!first) return [];
  const days = Math.floor(nowMs / DAY_MS) - Math.floor(Date.parse(first.at) / DAY_MS) + 1;
  return days <= 0 ? [] : history.slice(-days);
}

export function overview(state: RegionState, nowMs: number): OverviewResponse {
  return { ...subscriptionView(state, nowMs), assetHistory: assetHistory(state, nowMs) };
}
