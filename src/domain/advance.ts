/**
 * What happens as the clock moves (called before every request with the current now):
 * auto-renewal at expiry, and the messages of R1, R2/R3, R4 and R7, each sent once; purchase
 * requests that became impossible expire (issue 24).
 */
import { LIFECYCLE, DAY_MS } from './catalog';
import type { Order } from './contract';
import { subscriptionDaysLeft, subscriptionStatus } from './lifecycle';
import {
  dataRemovedMessage,
  expiredMessage,
  messageKey,
  paymentSucceededMessage,
  renewalReminder,
  send,
  sendOnce,
  upgradeRequiredMessage,
} from './messages';
import { planRenewal } from './orders/renew';
import { expirePurchaseRequests } from './purchase-requests';
import { billableAssets, isUpgradeRequired } from './quota';
import { toIso, toMs, validityFromMonths } from './time';
import { currentAssets, nextId, withRegion, type World } from './world';

/**
 * A guard, not a limit: each renewal moves the expiry a month or more, and the stored world's
 * dates and the demo clock are bounded (world.ts), so catching up never needs this many.
 */
const MAX_AUTO_RENEWALS = 400;

/** Auto-renew renews at expiry, as an order like any other, as often as the clock has passed expiry. */
export function autoRenew(world: World, nowMs: number): World {
  let next = world;
  for (const initial of world.regions) {
    let state = initial;
    for (let i = 0; i < MAX_AUTO_RENEWALS; i++) {
      const sub = state.subscription;
      if (
        !sub.autoRenew ||
        sub.autoRenewMonths === null ||
        sub.billingMode !== 'subscription' ||
        sub.expiresAt === null
      )
        break;
      const expiry = toMs(sub.expiresAt);
      if (expiry > nowMs) break;
      // renewed at the last instant before expiry, so the 120 % rule (R7) still applies
      const at = expiry - 1;
      const plan = planRenewal(state, { validity: validityFromMonths(sub.autoRenewMonths) }, at);
      if (!plan.ok) break;
      const [orderId, numbered] = nextId(next, 'ORD', at);
      const subscription = { ...plan.value.next, version: sub.version + 1 };
      const order: Order = {
        id: orderId,
        type: 'renew',
        region: state.region,
        subscriptionId: sub.id,
        amount: plan.value.quote.amount,
        currency: 'USD',
        items: plan.value.quote.items.map((it) => ({
          ...it,
          description: `Auto-renew: ${it.description}`,
        })),
        status: 'paid',
        createdAt: toIso(at),
        edition: subscription.edition,
        ...(plan.value.span && { span: plan.value.span }),
      };
      state = { ...state, subscription };
      next = withRegion({ ...numbered, orders: [order, ...numbered.orders] }, state);
      next = send(next, paymentSucceededMessage(order), nowMs);
    }
  }
  // regions renew one after the other: keep the order history newest first across them
  return next === world
    ? world
    : { ...next, orders: [...next.orders].sort((a, b) => toMs(b.createdAt) - toMs(a.createdAt)) };
}

/** The lifecycle and threshold messages for the current state of every region. */
export function lifecycleMessages(world: World, nowMs: number): World {
  let next = world;
  for (const state of world.regions) {
    const sub = state.subscription;
    if (sub.billingMode !== 'subscription' || sub.expiresAt === null || sub.quota === null)
      continue;
    const status = subscriptionStatus(sub, nowMs);
    const assets = billableAssets(currentAssets(state)).total;
    if (status === 'expiring') {
      next = sendOnce(
        next,
        messageKey(sub.id, 'renewal-reminder', sub.expiresAt),
        renewalReminder(state.region, subscriptionDaysLeft(sub, nowMs) ?? 0, sub.expiresAt),
        nowMs,
      );
    }
    if (status === 'expired') {
      const retention = toIso(toMs(sub.expiresAt) + LIFECYCLE.retentionDays * DAY_MS);
      next = sendOnce(
        next,
        messageKey(sub.id, 'expired', sub.expiresAt),
        expiredMessage(state.region, retention),
        nowMs,
      );
    }
    if (status === 'released') {
      next = sendOnce(
        next,
        messageKey(sub.id, 'data-removed', sub.expiresAt),
        dataRemovedMessage(state.region),
        nowMs,
      );
    }
    if (isUpgradeRequired(sub, status, assets)) {
      next = sendOnce(
        next,
        messageKey(sub.id, 'upgrade-required', sub.expiresAt),
        upgradeRequiredMessage(state.region, assets, sub.quota),
        nowMs,
      );
    }
  }
  return next;
}

/** The world as it is at `nowMs`. Idempotent: advancing twice to the same instant changes nothing more. */
export function advance(world: World, nowMs: number): World {
  // issue 24: requests the new state makes impossible are stored as expired, with the reason
  return expirePurchaseRequests(lifecycleMessages(autoRenew(world, nowMs), nowMs), nowMs);
}
