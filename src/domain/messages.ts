import { REGIONS, type RegionId } from './catalog';
import type { Message, MessageKind, Order, PurchaseRequest } from './contract';
import { toIso } from './time';
import { nextId, type World } from './world';

type Draft = {
  kind: MessageKind;
  title: string;
  body: string;
  region?: RegionId;
  params?: Message['params'];
};

const regionName = (id: RegionId): string => REGIONS.find((r) => r.id === id)?.name ?? id;

/** The dedupe key: each message is created once per subscription, kind and expiry. */
export function messageKey(
  subscriptionId: string,
  kind: MessageKind,
  expiresAt: string | null,
): string {
  return `${subscriptionId}|${kind}|${expiresAt ?? '-'}`;
}

/** The message centre keeps the newest messages only, so no sequence of events grows it without end. */
export const MAX_MESSAGES = 200;

/** Sends a message (one that happens once by nature, such as a payment's). */
export function send(world: World, draft: Draft, nowMs: number): World {
  const [id, next] = nextId(world, 'msg', nowMs);
  const message: Message = { id, ...draft, createdAt: toIso(nowMs), read: false };
  return { ...next, messages: [message, ...next.messages].slice(0, MAX_MESSAGES) };
}

/** Sends a message unless one with the same key was sent before. */
export function sendOnce(world: World, key: string, draft: Draft, nowMs: number): World {
  if (world.sentMessageKeys.includes(key)) return world;
  const sent = send(world, draft, nowMs);
  return { ...sent, sentMessageKeys: [...sent.sentMessageKeys, key] };
}

/** R1: the renewal reminder, 7 days before expiry. */
export const renewalReminder = (region: RegionId, daysLeft: number, expiresAt: string): Draft => ({
  kind: 'renewal-reminder',
  region,
  title: `Your subscription in ${regionName(region)} expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
  body: `Renew before ${expiresAt.slice(0, 10)} to keep your assets protected.`,
  params: { daysLeft, expiresAt },
});

/** R7: upgrade required at 120 % of quota. */
export const upgradeRequiredMessage = (region: RegionId, assets: number, quota: number): Draft => ({
  kind: 'upgrade-required',
  region,
  title: `Upgrade required in ${regionName(region)}`,
  body: `You have ${assets} billable assets for a quota of ${quota}. Upgrade the quota to at least ${assets} to continue your subscription.`,
  params: { assets, quota },
});

/** R2/R3: expired, protection stopped, data kept until retentionEndsAt. */
export const expiredMessage = (region: RegionId, retentionEndsAt: string): Draft => ({
  kind: 'expired',
  region,
  title: `Your subscription in ${regionName(region)} has expired`,
  body: `Your assets are no longer protected. Configurations and data are kept until ${retentionEndsAt.slice(0, 10)}: renew before then to keep them.`,
  params: { retentionEndsAt },
});

/** R4: data removed; a new purchase is needed. */
export const dataRemovedMessage = (region: RegionId): Draft => ({
  kind: 'data-removed',
  region,
  title: `Configurations and data removed in ${regionName(region)}`,
  body: 'The retention period ended. Buy a new subscription to protect your assets again.',
});

export const paymentSucceededMessage = (order: Order): Draft => ({
  kind: 'payment-succeeded',
  region: order.region,
  title:
    order.type === 'unsubscribe'
      ? `Unsubscribed in ${regionName(order.region)}`
      : `Payment succeeded: order ${order.id}`,
  body:
    order.type === 'unsubscribe'
      ? `Order ${order.id}: ${(-order.amount / 100).toFixed(2)} USD will be refunded.`
      : `Order ${order.id} (${order.type}) for ${(order.amount / 100).toFixed(2)} USD is paid.`,
  params: { orderId: order.id, orderType: order.type, amount: order.amount },
});

export const demoResetMessage = (reason: string): Draft => ({
  kind: 'demo-data-reset',
  title: 'Demo data reset',
  body: `The stored demo data could not be used (${reason}), so the default scenario was loaded.`,
  params: { reason },
});

/** Issue 24: a purchase request, to the account's admins (the message centre is the account's). */
export const purchaseRequestMessage = (request: PurchaseRequest): Draft => ({
  kind: 'purchase-request',
  region: request.region,
  title: `Purchase request ${request.id} from ${request.requestedBy}`,
  body: `${request.requestedBy} asks for a ${request.order.type} order in ${regionName(request.region)} (${(request.quotedAmount / 100).toFixed(2)} USD). Review it on the Orders page, under Requests.`,
  params: {
    requestId: request.id,
    orderType: request.order.type,
    amount: request.quotedAmount,
    requestedBy: request.requestedBy,
  },
});

/** Issue 24: the requester hears back (to the account's message centre, as the request went). */
export const purchaseRequestPaidMessage = (request: PurchaseRequest, orderId: string): Draft => ({
  kind: 'purchase-request-paid',
  region: request.region,
  title: `Purchase request ${request.id} was paid`,
  body: `Order ${orderId} paid for the ${request.order.type} order ${request.requestedBy} asked for in ${regionName(request.region)}.`,
  params: {
    requestId: request.id,
    orderId,
    orderType: request.order.type,
    requestedBy: request.requestedBy,
  },
});

export const purchaseRequestDeclinedMessage = (
  request: PurchaseRequest,
  reason: string,
  declinedBy: string,
): Draft => ({
  kind: 'purchase-request-declined',
  region: request.region,
  title: `Purchase request ${request.id} was declined`,
  body: `Declined by ${declinedBy}: ${reason}`,
  params: { requestId: request.id, orderType: request.order.type, declinedBy, reason },
});

/** `reason`: the rule that makes it impossible now (an order's refusal code) or its age. */
export const purchaseRequestExpiredMessage = (
  request: PurchaseRequest,
  reason: { code: string; message: string },
): Draft => ({
  kind: 'purchase-request-expired',
  region: request.region,
  title: `Purchase request ${request.id} expired`,
  body: `It can no longer be paid. ${reason.message}`,
  params: {
    requestId: request.id,
    orderType: request.order.type,
    reasonCode: reason.code,
    reason: reason.message,
  },
});

export function markRead(world: World, id: string): World | undefined {
  if (!world.messages.some((m) => m.id === id)) return undefined;
  return {
    ...world,
    messages: world.messages.map((m) => (m.id === id ? { ...m, read: true } : m)),
  };
}

export const unreadCount = (world: World): number => world.messages.filter((m) => !m.read).length;
