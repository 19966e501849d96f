import { LIFECYCLE } from '../catalog';
import type { RenewRequest } from '../contract';
import { ok, refuse, type Result } from '../errors';
import { termPrice } from '../pricing';
import { addValidity, billedMonths, checkValidity, toIso, toMs } from '../time';
import type { RegionState } from '../world';
import { lineItem } from './describe';
import { context, type OrderPlan } from './plan';

const thresholdPercent = (LIFECYCLE.upgradeThreshold.num * 100) / LIFECYCLE.upgradeThreshold.den;

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
  const { sub, status, upgradeRequired, assets } = context(state, nowMs);
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
      `Your billable assets have reached ${thresholdPercent} % of the quota. Upgrade the quota first to continue the current subscription.`,
      { details: { quota: sub.quota, billableAssets: assets } },
    );
  }
  if (req.quota !== undefined && req.quota !== sub.quota) {
    return refuse(
      'RENEWAL_CANNOT_CHANGE_QUOTA',
      `The asset count cannot change during a renewal: it stays ${sub.quota}. To change it, use Upgrade.`,
      { field: 'quota', details: { quota: sub.quota } },
    );
  }
  const validity = checkValidity(req.validity);
  if (!validity.ok) return validity;
  const amount = termPrice(sub.edition, sub.quota, req.validity);
  const newExpiresAt = toIso(addValidity(toMs(sub.expiresAt), req.validity));
  return ok({
    quote: {
      amount,
      currency: 'USD',
      items: [
        lineItem('renewal', amount, {
          edition: sub.edition,
          quota: sub.quota,
          unit: req.validity.unit,
          count: req.validity.count,
          billedMonths: billedMonths(req.validity),
        }),
      ],
      newExpiresAt,
    },
    next: { ...sub, expiresAt: newExpiresAt },
    // R18: a renewal covers the term it adds, from the expiry it extends
    span: { from: sub.expiresAt, to: newExpiresAt },
  });
}
