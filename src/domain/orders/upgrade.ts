/** R6, R8–R11, R17: upgrades — a new purchase from Basic (or after release), or a pro-rata change of a live term. */
import { EDITIONS, EDITION_IDS, LIMITS, type EditionId } from '../catalog';
import type { UpgradeRequest } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { monthlyCost, proRataFee, remainingDaysForFee, termPrice } from '../pricing';
import { checkNewQuota } from '../quota';
import { validateTags } from '../tags';
import { addValidity, billedMonths, checkValidity, toIso } from '../time';
import type { RegionState } from '../world';
import { lineItem } from './describe';
import { context, type OrderPlan } from './plan';

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
      { field: 'edition' },
    );
  }
  return ok(target);
}

const offering = (mode: 'pay-per-use'): string =>
  EDITION_IDS.filter((id) => EDITIONS[id].billingModes.includes(mode))
    .map((id) => EDITIONS[id].name)
    .join(' or ');

/** From Basic or a released subscription an upgrade is a new purchase (R17 billing modes, R6 quota). */
function planNewPurchase(
  state: RegionState,
  req: UpgradeRequest,
  nowMs: number,
  assets: number,
): Result<OrderPlan> {
  const sub = state.subscription;
  if (req.method !== 'edition') {
    return refuse(
      'NOT_UPGRADABLE',
      'There is no quota to increase without an edition. Choose Version Upgrade and pick an edition.',
      { field: 'method' },
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
      `Pay-per-use is offered for the ${offering('pay-per-use')} edition only.`,
      { field: 'billingMode' },
    );
  }
  const tags = validateTags(req.tags ?? sub.tags);
  if (!tags.ok) return tags;
  const base = {
    ...sub,
    edition: req.edition,
    tags: tags.value,
    packs: [],
    autoRenew: false,
    autoRenewMonths: null,
    startedAt: toIso(nowMs),
  };
  const resetData = sub.billingMode !== 'free';
  if (billingMode === 'pay-per-use') {
    if (req.quota !== undefined || req.validity !== undefined) {
      return refuse(
        'VALIDATION_FAILED',
        'Pay-per-use has no quota and no validity: every asset is billed by the hour.',
        { field: req.quota !== undefined ? 'quota' : 'validity' },
      );
    }
    const rate = EDITIONS[req.edition].hourlyPrice ?? 0;
    return ok({
      quote: {
        amount: 0,
        currency: 'USD',
        items: [lineItem('payPerUse', 0, { edition: req.edition, rate })],
        hourlyRate: rate,
        newExpiresAt: null,
      },
      next: { ...base, billingMode: 'pay-per-use', quota: null, expiresAt: null },
      resetData,
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
      { field: 'quota', details: { min: Math.max(assets, 1), max: LIMITS.maxQuota } },
    );
  }
  const quota = checkNewQuota(req.quota, null, assets);
  if (!quota.ok) return quota;
  const amount = termPrice(req.edition, req.quota, req.validity);
  const expiresAt = toIso(addValidity(nowMs, req.validity));
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        lineItem('newPurchase', amount, {
          edition: req.edition,
          quota: req.quota,
          unit: req.validity.unit,
          count: req.validity.count,
          billedMonths: billedMonths(req.validity),
        }),
      ],
      newExpiresAt: expiresAt,
    },
    next: { ...base, billingMode: 'subscription', quota: req.quota, expiresAt },
    span: { from: toIso(nowMs), to: expiresAt },
    resetData,
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
      { details: { billingMode: sub.billingMode } },
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
      { field: 'validity' },
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
        { field: 'edition' },
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
      { field: 'quota', details: { min: currentQuota + 1 } },
    );
  }
  const tags = validateTags(req.tags ?? sub.tags);
  if (!tags.ok) return tags;
  const remainingDays = remainingDaysForFee(daysLeft ?? 0);
  const monthlyDelta = monthlyCost(edition, newQuota) - monthlyCost(sub.edition, currentQuota);
  const amount = proRataFee(monthlyDelta, remainingDays);
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        lineItem('upgrade', amount, {
          fromEdition: sub.edition,
          toEdition: edition,
          fromQuota: currentQuota,
          toQuota: newQuota,
          remainingDays,
          monthlyDelta,
        }),
      ],
      remainingDays,
      newExpiresAt: sub.expiresAt,
    },
    next: { ...sub, edition, quota: newQuota, tags: tags.value },
    span: sub.expiresAt === null ? undefined : { from: toIso(nowMs), to: sub.expiresAt },
  });
}
