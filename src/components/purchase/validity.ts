import type { Catalog, Validity } from '@/domain/contract';

/** `{unit: 'month', count: 3}` ↔ `'month:3'` (a radio value) */
export const validityValue = (v: Validity) => `${v.unit}:${v.count}`;
export function parseValidity(value: string): Validity | null {
  const [unit, count] = value.split(':');
  const n = Number(count);
  return (unit === 'month' || unit === 'year') && Number.isInteger(n) ? { unit, count: n } : null;
}

/** A validity to start from: one year where offered (billed as 10 months), else the shortest. */
export function defaultValidity(catalog: Catalog): Validity {
  return catalog.validity.years.includes(1)
    ? { unit: 'year', count: 1 }
    : { unit: 'month', count: catalog.validity.months[0] ?? 1 };
}
