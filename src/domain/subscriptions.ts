import type { PatchSubscriptionRequest, Subscription } from './contract';
import { ok, refuse, type Result } from './errors';
import { subscriptionStatus } from './lifecycle';
import { checkRole, checkVersion } from './orders/plan';
import { validateTags } from './tags';
import { AUTO_RENEW_MONTHS } from './time';
import { findBySubscriptionId, withRegion, type World } from './world';

/**
 * PATCH /subscriptions/:id: the auto-renew switch with its validity, and tags (R12).
 * Auto-renew is offered where renewal is (subscription billing, not released).
 */
export function patchSubscription(
  world: World,
  id: string,
  req: PatchSubscriptionRequest,
  nowMs: number,
): Result<{ world: World; subscription: Subscription }> {
  const state = findBySubscriptionId(world, id);
  if (!state) return refuse('NOT_FOUND', `There is no subscription ${id}.`);
  const role = checkRole(world.role);
  if (!role.ok) return role;
  const version = checkVersion(state.subscription, req.expectedVersion);
  if (!version.ok) return version;
  const sub = state.subscription;
  let next: Subscription = { ...sub };
  if (
    req.autoRenew !== undefined ||
    (req.autoRenewMonths !== undefined && req.autoRenewMonths !== null)
  ) {
    const status = subscriptionStatus(sub, nowMs);
    if (sub.billingMode !== 'subscription' || status === 'released') {
      return refuse(
        'NOT_RENEWABLE',
        'Auto-renew is available for yearly/monthly subscriptions that have not been released.',
        {
          field: 'autoRenew',
        },
      );
    }
    const months = req.autoRenewMonths ?? sub.autoRenewMonths ?? 1;
    if (!AUTO_RENEW_MONTHS.includes(months)) {
      return refuse(
        'VALIDATION_FAILED',
        'Choose an auto-renew validity of 1 to 9 months, or 1, 2 or 3 years.',
        {
          field: 'autoRenewMonths',
          details: { allowed: AUTO_RENEW_MONTHS },
        },
      );
    }
    const autoRenew = req.autoRenew ?? sub.autoRenew;
    next = {
      ...next,
      autoRenew,
      autoRenewMonths: autoRenew ? months : (req.autoRenewMonths ?? sub.autoRenewMonths),
    };
  }
  if (req.tags !== undefined) {
    const tags = validateTags(req.tags);
    if (!tags.ok) return tags;
    next = { ...next, tags: tags.value };
  }
  const unchanged =
    next.autoRenew === sub.autoRenew &&
    next.autoRenewMonths === sub.autoRenewMonths &&
    JSON.stringify(next.tags) === JSON.stringify(sub.tags);
  // a PATCH that changes nothing leaves the version alone (no needless conflicts elsewhere)
  if (unchanged) return ok({ world, subscription: sub });
  next = { ...next, version: sub.version + 1 };
  return ok({ world: withRegion(world, { ...state, subscription: next }), subscription: next });
}
