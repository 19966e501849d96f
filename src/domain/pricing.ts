import { EDITIONS, PACKS, type EditionId, type PackId } from './catalog';
import type { Subscription, Validity } from './contract';
import { billedMonths } from './time';

/** round half up on a rational n / d (d > 0), in integers: floor(n / d + 1/2). */
export function roundHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** The monthly list price of an edition at a quota, in cents. */
export function monthlyCost(edition: EditionId, quota: number): number {
  return EDITIONS[edition].monthlyPrice * quota;
}

/** R5 (and new purchases): monthly price × quota × billed months. */
export function termPrice(edition: EditionId, quota: number, validity: Validity): number {
  return monthlyCost(edition, quota) * billedMonths(validity);
}

/**
 * R8: pay only the difference for the remaining days:
 * round((newMonthly × newQuota − oldMonthly × oldQuota) × 12 × remainingDays / 365), half up, in cents.
 */
export function proRataFee(monthlyDelta: number, remainingDays: number): number {
  return roundHalfUp(monthlyDelta * 12 * remainingDays, 365);
}

/** remainingDays = max(1, daysLeft). */
export const remainingDaysForFee = (daysLeft: number): number => Math.max(1, daysLeft);

export function packMonthlyCost(pack: PackId, quantity: number): number {
  return PACKS[pack].monthlyPrice * quantity;
}

/** The monthly value of a subscription's whole configuration: edition × quota + packs. */
export function configurationMonthlyCost(
  sub: Pick<Subscription, 'edition' | 'quota' | 'packs'>,
): number {
  const edition = sub.quota === null ? 0 : monthlyCost(sub.edition, sub.quota);
  return edition + sub.packs.reduce((sum, p) => sum + packMonthlyCost(p.pack, p.quantity), 0);
}
