import { DAY_MS, VALIDITY } from './catalog';
import type { Validity } from './contract';
import { refuse, ok, type Result } from './errors';

export const toMs = (iso: string): number => Date.parse(iso);
export const toIso = (ms: number): string => new Date(ms).toISOString();

/** ceil((expiresAt − now) / day): whole days left, 0 or less once expired. */
export function daysLeft(expiresAtMs: number, nowMs: number): number {
  return Math.ceil((expiresAtMs - nowMs) / DAY_MS);
}

/** R5: a validity is 1–9 months or 1–3 years. */
export function checkValidity(validity: Validity, field = 'validity'): Result<Validity> {
  const allowed: readonly number[] = validity.unit === 'month' ? VALIDITY.months : VALIDITY.years;
  if (!allowed.includes(validity.count)) {
    return refuse(
      'VALIDATION_FAILED',
      validity.unit === 'month'
        ? `Choose a validity of ${VALIDITY.months[0]} to ${VALIDITY.months.at(-1)} months.`
        : `Choose a validity of ${VALIDITY.years[0]} to ${VALIDITY.years.at(-1)} years.`,
      { field: `${field}.count`, details: { unit: validity.unit, allowed } },
    );
  }
  return ok(validity);
}

/** R5: a year is billed as 10 months. */
export function billedMonths(validity: Validity): number {
  return validity.unit === 'year' ? validity.count * VALIDITY.billedMonthsPerYear : validity.count;
}

/** Calendar months or years added in UTC; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addValidity(fromMs: number, validity: Validity): number {
  const months = validity.unit === 'year' ? validity.count * 12 : validity.count;
  const at = new Date(fromMs);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  // day 0 of the next month: the last day of this one
  const monthEnd = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, monthEnd));
  return at.getTime();
}

/** Auto-renew stores a number of months: 1–9, 12, 24, 36. */
export function validityFromMonths(months: number): Validity {
  return months >= 12 && months % 12 === 0
    ? { unit: 'year', count: months / 12 }
    : { unit: 'month', count: months };
}

export const AUTO_RENEW_MONTHS: readonly number[] = [
  ...VALIDITY.months,
  ...VALIDITY.years.map((y) => y * 12),
];

export function describeValidity(v: Validity): string {
  return `${v.count} ${v.unit}${v.count === 1 ? '' : 's'}`;
}

/** The UTC calendar date (YYYY-MM-DD) of an instant. */
export const utcDate = (ms: number): string => toIso(ms).slice(0, 10);
