import type { TFunction } from 'i18next';
import { validityText } from '@/components/purchase/line-item';
import type { Catalog } from '@/domain/contract';

export const MONTHS_PER_YEAR = 12;

/** The auto-renew validities on offer, as months: 1–9 months, then 1, 2, 3 years as 12, 24, 36. */
export function autoRenewOptions(validity: Catalog['validity']): number[] {
  return [...validity.months, ...validity.years.map((years) => years * MONTHS_PER_YEAR)];
}

/** 3 → "3 months", 24 → "2 years", in the UI language. */
export function monthsText(months: number, t: TFunction<'purchase'>): string {
  return months % MONTHS_PER_YEAR === 0
    ? validityText({ unit: 'year', count: months / MONTHS_PER_YEAR }, t)
    : validityText({ unit: 'month', count: months }, t);
}
