/**
 * Orders: renew (R5), upgrade (R6, R8–R11), value-added pack, unsubscribe; and what
 * every order passes: role (R14), disclaimer (R13), optimistic version, idempotency.
 * `quoteOrder` prices a request and changes nothing; `placeOrder` returns the new world.
 */
import {
  DAY_MS,
  EDITIONS,
  LIFECYCLE,
  LIMITS,
  PACK_IDS,
  PACKS,
  type EditionId,
  type PackId,
} from './catalog';
import type {
  LineItem,
  Order,
  OrderRequest,
  PackRequest,
  Quote,
  RenewRequest,
  Role,
  Subscription,
  UpgradeRequest,
} from './contract';
import { ok, refuse, type Result } from './errors';
import { subscriptionDaysLeft, subscriptionStatus } from './lifecycle';
import { paymentSucceededMessage, messageKey, sendOnce } from './messages';
import {
  configurationMonthlyCost,
  monthlyCost,
  packMonthlyCost,
  proRataFee,
  remainingDaysForFee,
  termPrice,
} from './pricing';
import { billableAssets, checkNewQuota, isUpgradeRequired } from './quota';
import { validateTags } from './tags';
import { addValidity, billedMonths, checkValidity, describeValidity, toIso, toMs } from './time';
import {
  currentAssets,
  EMPTY_DATA,
  findBySubscriptionId,
  nextId,
  withRegion,
  type RegionState,
  type World,
} from './world';

/** What an accepted request would do: its price and the subscription after it. */
export type OrderPlan = { quote: Quote; next: Subscription; resetData?: boolean };

const item = (
  description: string,
  amount: number,
  key: string,
  params: LineItem['params'],
): LineItem => ({
  description,
  amount,
  key,
  params,
});

function context(state: RegionState, nowMs: number) {
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

// ---- R5: renewal ---------------------------------------------------------------

/**
 * R5: renewal keeps the asset count, the customer picks a validity; price = monthly × quota × billed months;
 * the new expiry is the old one + validity. Refused when released (R4), not subscription-billed,
 * or while an upgrade is required (R7).
 */
export function planRenewal(
  state: RegionState,
  req: Pick<RenewRequest, 'validity' | 'quota'>,
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status, upgradeRequired } = context(state, nowMs);
  if (sub.billingMode !== 'subscription' || sub.quota === null || sub.expiresAt === null) {
    return refuse(
      'NOT_RENEWABLE',
      sub.billingMode === 'free'
        ? 'The Basic edition is free and has nothing to renew. Buy an edition instead.'
        : 'Pay-per-use is billed by the hour and is not renewed.',
      { details: { billingMode: sub.billingMode } },
    );
  }
  if (status === 'released') {
    return refuse(
      'SUBSCRIPTION_RELEASED',
      'This subscription was released and its data removed, so it can no longer be renewed. Buy a new subscription instead.',
      { details: { expiresAt: sub.expiresAt } },
    );
  }
  if (upgradeRequired) {
    return refuse(
      'UPGRADE_REQUIRED',
      'Your billable assets have reached 120 % of the quota. Upgrade the quota first to continue the current subscription.',
      { details: { quota: sub.quota, billableAssets: context(state, nowMs).assets } },
    );
  }
  if (req.quota !== undefined && req.quota !== sub.quota) {
    return refuse(
      'RENEWAL_CANNOT_CHANGE_QUOTA',
      `The asset count cannot change during a renewal: it stays ${sub.quota}. To change it, use Upgrade.`,
      {
        field: 'quota',
        details: { quota: sub.quota },
      },
    );
  }
  const validity = checkValidity(req.validity);
  if (!validity.ok) return validity;
  const amount = termPrice(sub.edition, sub.quota, req.validity);
  const months = billedMonths(req.validity);
  const newExpiresAt = toIso(addValidity(toMs(sub.expiresAt), req.validity));
  const name = EDITIONS[sub.edition].name;
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        item(
          `Renewal: ${name} edition, ${sub.quota} assets × ${describeValidity(req.validity)} (billed ${months} months)`,
          amount,
          'renewal',
          {
            edition: sub.edition,
            quota: sub.quota,
            unit: req.validity.unit,
            count: req.validity.count,
            billedMonths: months,
          },
        ),
      ],
      newExpiresAt,
    },
    next: { ...sub, expiresAt: newExpiresAt },
  });
}

// ---- R6, R8–R11: upgrade ----------------------------------------------------------

/** R10: an edition may only go up. */
export function checkEditionUpgrade(current: EditionId, target: EditionId): Result<EditionId> {
  const from = EDITIONS[current].rank;
  const to = EDITIONS[target].rank;
  if (to === from) {
    return refuse(
      'NO_CHANGE',
      `You already have the ${EDITIONS[current].name} edition. Choose a higher edition.`,
      { field: 'edition' },
    );
  }
  if (to < from) {
    return refuse(
      'DOWNGRADE_NOT_ALLOWED',
      `An edition cannot be downgraded: ${EDITIONS[current].name} cannot become ${EDITIONS[target].name}.`,
      {
        field: 'edition',
      },
    );
  }
  return ok(target);
}

/** From Basic or a released subscription an upgrade is a new purchase (R17 billing modes, R6 quota). */
function planNewPurchase(
  state: RegionState,
  req: UpgradeRequest,
  nowMs: number,
  assets: number,
): Result<OrderPlan> {
  const { sub } = context(state, nowMs);
  if (req.method !== 'edition') {
    return refuse(
      'NOT_UPGRADABLE',
      'There is no quota to increase without an edition. Choose Version Upgrade and pick an edition.',
      {
        field: 'method',
      },
    );
  }
  if (req.edition === undefined) {
    return refuse('VALIDATION_FAILED', 'Choose the edition to buy.', { field: 'edition' });
  }
  const edition = checkEditionUpgrade('basic', req.edition);
  if (!edition.ok) return edition;
  const billingMode = req.billingMode ?? 'subscription';
  if (!EDITIONS[req.edition].billingModes.includes(billingMode)) {
    return refuse(
      'VALIDATION_FAILED',
      `Pay-per-use is offered for the Professional edition only.`,
      { field: 'billingMode' },
    );
  }
  const tags = validateTags(req.tags ?? sub.tags);
  if (!tags.ok) return tags;
  const name = EDITIONS[req.edition].name;
  const base = {
    ...sub,
    edition: req.edition,
    tags: tags.value,
    packs: [],
    autoRenew: false,
    autoRenewMonths: null,
    startedAt: toIso(nowMs),
  };
  if (billingMode === 'pay-per-use') {
    if (req.quota !== undefined || req.validity !== undefined) {
      return refuse(
        'VALIDATION_FAILED',
        'Pay-per-use has no quota and no validity: every asset is billed by the hour.',
        {
          field: req.quota !== undefined ? 'quota' : 'validity',
        },
      );
    }
    const rate = EDITIONS[req.edition].hourlyPrice ?? 0;
    return ok({
      quote: {
        amount: 0,
        currency: 'USD',
        items: [
          item(
            `${name} edition, pay-per-use: ${rate} cents per asset per hour, billed hourly`,
            0,
            'payPerUse',
            { edition: req.edition, rate },
          ),
        ],
        hourlyRate: rate,
        newExpiresAt: null,
      },
      next: { ...base, billingMode: 'pay-per-use', quota: null, expiresAt: null },
      resetData: state.subscription.billingMode !== 'free',
    });
  }
  if (req.validity === undefined) {
    return refuse('VALIDATION_FAILED', 'Choose how long to buy the subscription for.', {
      field: 'validity',
    });
  }
  const validity = checkValidity(req.validity);
  if (!validity.ok) return validity;
  if (req.quota === undefined) {
    return refuse(
      'VALIDATION_FAILED',
      `Enter the number of assets to protect (at least ${Math.max(assets, 1)}).`,
      {
        field: 'quota',
        details: { min: Math.max(assets, 1), max: LIMITS.maxQuota },
      },
    );
  }
  const quota = checkNewQuota(req.quota, null, assets);
  if (!quota.ok) return quota;
  const amount = termPrice(req.edition, req.quota, req.validity);
  const months = billedMonths(req.validity);
  const expiresAt = toIso(addValidity(nowMs, req.validity));
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        item(
          `New purchase: ${name} edition, ${req.quota} assets × ${describeValidity(req.validity)} (billed ${months} months)`,
          amount,
          'newPurchase',
          {
            edition: req.edition,
            quota: req.quota,
            unit: req.validity.unit,
            count: req.validity.count,
            billedMonths: months,
          },
        ),
      ],
      newExpiresAt: expiresAt,
    },
    next: { ...base, billingMode: 'subscription', quota: req.quota, expiresAt },
    resetData: state.subscription.billingMode !== 'free',
  });
}

/**
 * R9: two methods, `edition` (version upgrade, optionally with quota) and `quota` (increase only).
 * R6/R11: new quota ≥ billable assets, ≥ current, ≤ 10 000. R10: no downgrade.
 * R8: with time left the customer pays only the difference, pro rata.
 */
export function planUpgrade(
  state: RegionState,
  req: UpgradeRequest,
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status, assets, daysLeft } = context(state, nowMs);
  if (sub.billingMode === 'free' || status === 'released')
    return planNewPurchase(state, req, nowMs, assets);
  if (sub.billingMode === 'pay-per-use') {
    return refuse(
      'NOT_UPGRADABLE',
      'Pay-per-use already bills every asset by the hour: there is nothing to upgrade.',
      {
        details: { billingMode: sub.billingMode },
      },
    );
  }
  if (status === 'expired') {
    return refuse(
      'NOT_UPGRADABLE',
      'This subscription has expired. Renew it first, then upgrade.',
      { details: { status } },
    );
  }
  if (req.validity !== undefined) {
    return refuse(
      'VALIDATION_FAILED',
      'An upgrade ends with the current subscription; its validity cannot be chosen.',
      {
        field: 'validity',
      },
    );
  }
  if (req.billingMode !== undefined && req.billingMode !== 'subscription') {
    return refuse('VALIDATION_FAILED', 'The billing mode cannot change during an upgrade.', {
      field: 'billingMode',
    });
  }
  const currentQuota = sub.quota ?? 0;
  let edition: EditionId = sub.edition;
  if (req.method === 'edition') {
    if (req.edition === undefined)
      return refuse('VALIDATION_FAILED', 'Choose the edition to upgrade to.', { field: 'edition' });
    const checked = checkEditionUpgrade(sub.edition, req.edition);
    if (!checked.ok) return checked;
    edition = checked.value;
  } else {
    if (req.edition !== undefined && req.edition !== sub.edition) {
      return refuse(
        'VALIDATION_FAILED',
        'Increase Quota keeps the edition. To change the edition, choose Version Upgrade.',
        {
          field: 'edition',
        },
      );
    }
    if (req.quota === undefined) {
      return refuse('VALIDATION_FAILED', `Enter the new quota (more than ${currentQuota}).`, {
        field: 'quota',
      });
    }
  }
  const newQuota = req.quota ?? currentQuota;
  const quota = checkNewQuota(newQuota, currentQuota, assets);
  if (!quota.ok) return quota;
  if (req.method === 'quota' && newQuota === currentQuota) {
    return refuse(
      'NO_CHANGE',
      `The quota is already ${currentQuota}. Enter a larger number to increase it.`,
      {
        field: 'quota',
        details: { min: currentQuota + 1 },
      },
    );
  }
  const tags = validateTags(req.tags ?? sub.tags);
  if (!tags.ok) return tags;
  const remainingDays = remainingDaysForFee(daysLeft ?? 0);
  const oldMonthly = monthlyCost(sub.edition, currentQuota);
  const newMonthly = monthlyCost(edition, newQuota);
  const amount = proRataFee(newMonthly - oldMonthly, remainingDays);
  const from = `${EDITIONS[sub.edition].name} × ${currentQuota}`;
  const to = `${EDITIONS[edition].name} × ${newQuota}`;
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        item(
          `Upgrade ${from} → ${to} for the remaining ${remainingDays} day${remainingDays === 1 ? '' : 's'}`,
          amount,
          'upgrade',
          {
            fromEdition: sub.edition,
            toEdition: edition,
            fromQuota: currentQuota,
            toQuota: newQuota,
            remainingDays,
            monthlyDelta: newMonthly - oldMonthly,
          },
        ),
      ],
      remainingDays,
      newExpiresAt: sub.expiresAt,
    },
    next: { ...sub, edition, quota: newQuota, tags: tags.value },
  });
}

// ---- value-added packs ----------------------------------------------------------------

const isPackId = (id: string): id is PackId => (PACK_IDS as readonly string[]).includes(id);

/** Packs are bought for a live subscription-billed edition, end with it, and are priced pro rata like an upgrade. */
export function planPack(
  state: RegionState,
  req: Pick<PackRequest, 'pack' | 'quantity'>,
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status, daysLeft } = context(state, nowMs);
  if (sub.billingMode !== 'subscription' || (status !== 'active' && status !== 'expiring')) {
    return refuse(
      'NOT_UPGRADABLE',
      'Value-added packs can be bought only for an active yearly/monthly Standard or Professional edition.',
      {
        details: { billingMode: sub.billingMode, status },
      },
    );
  }
  if (!isPackId(req.pack)) {
    return refuse('VALIDATION_FAILED', 'Choose one of the value-added packs on offer.', {
      field: 'pack',
      details: { allowed: PACK_IDS },
    });
  }
  const held = sub.packs.find((p) => p.pack === req.pack)?.quantity ?? 0;
  const max = LIMITS.maxPackQuantity - held;
  if (req.quantity < LIMITS.minPackQuantity || req.quantity > max) {
    return refuse(
      'VALIDATION_FAILED',
      max < LIMITS.minPackQuantity
        ? `You already hold the maximum of ${LIMITS.maxPackQuantity} of this pack.`
        : `Enter a quantity from ${LIMITS.minPackQuantity} to ${max}.`,
      { field: 'quantity', details: { min: LIMITS.minPackQuantity, max } },
    );
  }
  const remainingDays = remainingDaysForFee(daysLeft ?? 0);
  const amount = proRataFee(packMonthlyCost(req.pack, req.quantity), remainingDays);
  const packs = held
    ? sub.packs.map((p) =>
        p.pack === req.pack ? { ...p, quantity: p.quantity + req.quantity } : p,
      )
    : [...sub.packs, { pack: req.pack, quantity: req.quantity }];
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        item(
          `${PACKS[req.pack].name} × ${req.quantity} for the remaining ${remainingDays} days`,
          amount,
          'pack',
          {
            pack: req.pack,
            quantity: req.quantity,
            remainingDays,
          },
        ),
      ],
      remainingDays,
      newExpiresAt: sub.expiresAt,
    },
    next: { ...sub, packs },
  });
}

// ---- unsubscribe ----------------------------------------------------------------------

/** The newest paid (positive) order of the subscription's current term. */
export function lastPaidOrder(orders: Order[], sub: Subscription): Order | undefined {
  const since = sub.startedAt === null ? -Infinity : toMs(sub.startedAt);
  return orders.find(
    (o) =>
      o.subscriptionId === sub.id &&
      o.amount > 0 &&
      o.type !== 'unsubscribe' &&
      toMs(o.createdAt) >= since,
  );
}

/**
 * Unsubscribe refund: within 5 days of the last paid order, that order's full amount;
 * later the unused value pro rata (edition × quota + packs, down to nothing). Pay-per-use refunds nothing.
 */
export function unsubscribeRefund(
  sub: Subscription,
  orders: Order[],
  nowMs: number,
): { amount: number; rule: 'full' | 'pro-rata'; remainingDays: number } {
  const last = lastPaidOrder(orders, sub);
  if (last && nowMs - toMs(last.createdAt) <= LIFECYCLE.fullRefundDays * DAY_MS) {
    return {
      amount: last.amount,
      rule: 'full',
      remainingDays: Math.max(0, subscriptionDaysLeft(sub, nowMs) ?? 0),
    };
  }
  const remainingDays = Math.max(0, subscriptionDaysLeft(sub, nowMs) ?? 0);
  return {
    amount: proRataFee(configurationMonthlyCost(sub), remainingDays),
    rule: 'pro-rata',
    remainingDays,
  };
}

export function planUnsubscribe(
  state: RegionState,
  orders: Order[],
  nowMs: number,
): Result<OrderPlan> {
  const { sub, status } = context(state, nowMs);
  if (sub.billingMode === 'free' || status === 'released') {
    return refuse(
      'NOT_SUBSCRIBED',
      'There is no paid subscription in this region to unsubscribe from.',
      { details: { status } },
    );
  }
  const refund = unsubscribeRefund(sub, orders, nowMs);
  const description =
    refund.rule === 'full'
      ? `Refund of the last order (paid within ${LIFECYCLE.fullRefundDays} days)`
      : `Refund of the unused ${refund.remainingDays} days`;
  return ok({
    quote: {
      amount: -refund.amount,
      currency: 'USD',
      items: [
        item(description, -refund.amount, refund.rule === 'full' ? 'refundFull' : 'refundProRata', {
          remainingDays: refund.remainingDays,
        }),
      ],
      remainingDays: refund.remainingDays,
      newExpiresAt: null,
    },
    next: {
      ...sub,
      edition: 'basic',
      billingMode: 'free',
      quota: null,
      expiresAt: null,
      startedAt: null,
      autoRenew: false,
      autoRenewMonths: null,
      packs: [],
    },
    // what the confirmation names as lost: the region is Basic again, with no retained configurations or data
    resetData: true,
  });
}

// ---- every order ----------------------------------------------------------------------

/** R14: a readonly role may look but not buy. */
export function checkRole(role: Role): Result<true> {
  if (role !== 'admin') {
    return refuse(
      'FORBIDDEN',
      'Your account may view this subscription but not buy. Ask an administrator to grant the purchase permission.',
      {
        details: { helpUrl: '/help/permissions', role },
      },
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

function planFor(
  world: World,
  state: RegionState,
  req: OrderRequest,
  nowMs: number,
): Result<OrderPlan> {
  switch (req.type) {
    case 'renew':
      return planRenewal(state, req, nowMs);
    case 'upgrade':
      return planUpgrade(state, req, nowMs);
    case 'value-added-pack':
      return planPack(state, req, nowMs);
    case 'unsubscribe':
      return planUnsubscribe(state, world.orders, nowMs);
  }
}

function locate(world: World, subscriptionId: string): Result<RegionState> {
  const state = findBySubscriptionId(world, subscriptionId);
  return state
    ? ok(state)
    : refuse('NOT_FOUND', `There is no subscription ${subscriptionId}.`, {
        field: 'subscriptionId',
      });
}

/** POST /quotes: the itemised price of a request, or the rule it breaks. Changes nothing. */
export function quoteOrder(world: World, req: OrderRequest, nowMs: number): Result<Quote> {
  const state = locate(world, req.subscriptionId);
  if (!state.ok) return state;
  const plan = planFor(world, state.value, req, nowMs);
  return plan.ok ? ok(plan.value.quote) : plan;
}

/** A stable fingerprint of a request body: same key + same body = the same order. */
export function fingerprint(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(value));
}

export type PlacedOrder = {
  world: World;
  order: Order;
  subscription: Subscription;
  replayed: boolean;
};

const MAX_IDEMPOTENCY_KEYS = 500;

/**
 * Where a key is kept in `world.idempotency`: prefixed, so a key such as `constructor` or
 * `__proto__` is an ordinary new key, never a property every object inherits (nor one JSON drops).
 */
const idempotencySlot = (key: string): string => `key:${key}`;

/**
 * POST /orders. Checks in order: idempotent replay, subscription, role (R14), version, the order's rules,
 * disclaimer (R13). A refusal returns no world: nothing changes.
 */
export function placeOrder(
  world: World,
  req: OrderRequest,
  idempotencyKey: string,
  nowMs: number,
): Result<PlacedOrder> {
  const print = fingerprint(req);
  const slot = idempotencySlot(idempotencyKey);
  const previous = Object.hasOwn(world.idempotency, slot) ? world.idempotency[slot] : undefined;
  if (previous) {
    if (previous.fingerprint !== print) {
      return refuse(
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different order. Start a new payment attempt.',
        {
          details: { orderId: previous.orderId },
        },
      );
    }
    const order = world.orders.find((o) => o.id === previous.orderId);
    const state = order && findBySubscriptionId(world, order.subscriptionId);
    if (order && state)
      return ok({ world, order, subscription: state.subscription, replayed: true });
  }
  const located = locate(world, req.subscriptionId);
  if (!located.ok) return located;
  const state = located.value;
  const role = checkRole(world.role);
  if (!role.ok) return role;
  const version = checkVersion(state.subscription, req.expectedVersion);
  if (!version.ok) return version;
  const plan = planFor(world, state, req, nowMs);
  if (!plan.ok) return plan;
  const disclaimer = checkDisclaimer(req);
  if (!disclaimer.ok) return disclaimer;

  const [orderId, numbered] = nextId(world, 'ORD', nowMs);
  const subscription: Subscription = {
    ...plan.value.next,
    version: state.subscription.version + 1,
  };
  const order: Order = {
    id: orderId,
    type: req.type,
    region: state.region,
    subscriptionId: subscription.id,
    amount: plan.value.quote.amount,
    currency: 'USD',
    items: plan.value.quote.items,
    status: 'paid',
    createdAt: toIso(nowMs),
    edition: subscription.edition,
  };
  const keys = Object.entries({
    ...numbered.idempotency,
    [slot]: { fingerprint: print, orderId },
  }).slice(-MAX_IDEMPOTENCY_KEYS);
  let next: World = withRegion(
    { ...numbered, orders: [order, ...numbered.orders], idempotency: Object.fromEntries(keys) },
    { ...state, subscription, data: plan.value.resetData ? { ...EMPTY_DATA } : state.data },
  );
  next = sendOnce(
    next,
    messageKey(subscription.id, 'payment-succeeded', order.id),
    paymentSucceededMessage(order),
    nowMs,
  );
  return ok({ world: next, order, subscription, replayed: false });
}
