/** What every order type shares: the plan a rule returns, the state it reads, and the checks every order passes. */
import type { OrderRequest, Quote, Role, Subscription } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { subscriptionDaysLeft, subscriptionStatus } from '../lifecycle';
import { billableAssets, isUpgradeRequired } from '../quota';
import { currentAssets, findBySubscriptionId, type RegionState, type World } from '../world';

/**
 * What an accepted request would do: its price, the subscription after it, and the span the
 * payment covers (R18: from `from` to `to`; none for what is not paid for a term).
 */
export type OrderPlan = {
  quote: Quote;
  next: Subscription;
  span?: { from: string; to: string };
  resetData?: boolean;
};

/** The derived state every rule reads. */
export function context(state: RegionState, nowMs: number) {
  const sub = state.subscription;
  const status = subscriptionStatus(sub, nowMs);
  const assets = billableAssets(currentAssets(state)).total;
  return {
    sub,
    status,
    assets,
    daysLeft: subscriptionDaysLeft(sub, nowMs),
    upgradeRequired: isUpgradeRequired(sub, status, assets),
  };
}

/** R14: a readonly role may look but not buy. */
export function checkRole(role: Role): Result<true> {
  if (role !== 'admin') {
    return refuse(
      'FORBIDDEN',
      'Your account may view this subscription but not buy. Ask an administrator to grant the purchase permission.',
      { details: { helpUrl: '/help/permissions', role } },
    );
  }
  return ok(true);
}

/** R13: the disclaimer must be accepted before Pay Now. */
export function checkDisclaimer(req: OrderRequest): Result<true> {
  if (req.type !== 'unsubscribe' && !req.disclaimerAccepted) {
    return refuse('DISCLAIMER_NOT_ACCEPTED', 'Read and accept the Disclaimer before you pay.', {
      field: 'disclaimerAccepted',
    });
  }
  return ok(true);
}

/** Optimistic concurrency: the order must be based on the subscription's current version. */
export function checkVersion(sub: Subscription, expectedVersion: number): Result<true> {
  if (sub.version !== expectedVersion) {
    return refuse(
      'VERSION_CONFLICT',
      'This subscription changed since you opened this page (perhaps in another tab). Reload to see its latest state.',
      {
        field: 'expectedVersion',
        details: { currentVersion: sub.version, expectedVersion },
      },
    );
  }
  return ok(true);
}

export function locate(world: World, subscriptionId: string): Result<RegionState> {
  const state = findBySubscriptionId(world, subscriptionId);
  return state
    ? ok(state)
    : refuse('NOT_FOUND', `There is no subscription ${subscriptionId}.`, {
        field: 'subscriptionId',
      });
}
