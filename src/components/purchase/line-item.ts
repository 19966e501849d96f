import type { TFunction } from 'i18next';
import { PACK_IDS } from '@/domain/catalog';
import type { LineItem } from '@/domain/contract';
import { formatMoney } from '@/lib/format';

type Params = NonNullable<LineItem['params']>;
const num = (params: Params, key: string) =>
  typeof params[key] === 'number' ? params[key] : undefined;
const str = (params: Params, key: string) =>
  typeof params[key] === 'string' ? params[key] : undefined;
const EDITIONS = ['basic', 'standard', 'professional'] as const;
const edition = (params: Params, key: string, tc: TFunction) => {
  const id = str(params, key);
  return id && (EDITIONS as readonly string[]).includes(id)
    ? tc(`editions.${id as (typeof EDITIONS)[number]}`)
    : undefined;
};

/** "3 months", "1 year" in the UI language. */
export function validityText(
  validity: { unit: 'month' | 'year'; count: number },
  t: TFunction<'purchase'>,
): string {
  return validity.unit === 'year'
    ? t('validity.years', { count: validity.count })
    : t('validity.months', { count: validity.count });
}

/**
 * A quote or order line in the UI language, from its `key` and `params` (the API's English
 * `description` is the fallback for a line this console does not word itself).
 */
export function lineItemText(
  item: LineItem,
  t: TFunction<'purchase'>,
  tc: TFunction,
  language: string,
): string {
  const params = item.params ?? {};
  // an auto-renewal is a renewal the clock placed: the API marks it in its English description only
  if (item.key === 'renewal' && item.description.startsWith('Auto-renew: ')) {
    const text = lineItemText(
      { ...item, description: item.description.slice('Auto-renew: '.length) },
      t,
      tc,
      language,
    );
    return t('lineItems.autoRenew', { item: text });
  }
  switch (item.key) {
    case 'renewal':
    case 'newPurchase': {
      const name = edition(params, 'edition', tc);
      const quota = num(params, 'quota');
      const count = num(params, 'count');
      const unit = str(params, 'unit');
      const billed = num(params, 'billedMonths');
      if (!name || quota === undefined || count === undefined || billed === undefined) break;
      if (unit !== 'month' && unit !== 'year') break;
      return t(`lineItems.${item.key}`, {
        edition: name,
        quota,
        validity: validityText({ unit, count }, t),
        billed: t('validity.billedAs', { count: billed }),
      });
    }
    case 'upgrade': {
      const fromEdition = edition(params, 'fromEdition', tc);
      const toEdition = edition(params, 'toEdition', tc);
      const fromQuota = num(params, 'fromQuota');
      const toQuota = num(params, 'toQuota');
      const count = num(params, 'remainingDays');
      if (!fromEdition || !toEdition) break;
      if (fromQuota === undefined || toQuota === undefined || count === undefined) break;
      return t('lineItems.upgrade', { fromEdition, toEdition, fromQuota, toQuota, count });
    }
    case 'pack': {
      const pack = str(params, 'pack');
      const quantity = num(params, 'quantity');
      const count = num(params, 'remainingDays');
      if (!pack || quantity === undefined || count === undefined) break;
      if (!(PACK_IDS as readonly string[]).includes(pack)) break;
      return t('lineItems.pack', {
        pack: t(`packs.${pack as (typeof PACK_IDS)[number]}`),
        quantity,
        count,
      });
    }
    case 'refund': {
      // R18: one line per paid order of the term, so the customer can check every number
      const orderId = str(params, 'orderId');
      const [paid, consumed, elapsed, count] = ['paid', 'consumed', 'elapsedDays', 'spanDays'].map(
        (k) => num(params, k),
      );
      if (!orderId || paid === undefined || consumed === undefined) break;
      if (elapsed === undefined || count === undefined) break;
      return t('lineItems.refund', {
        orderId,
        paid: formatMoney(paid, language),
        consumed: formatMoney(consumed, language),
        elapsed,
        count,
      });
    }
    // refunds stored before R18 (schema 1) keep their wording
    case 'refundFull':
      return t('lineItems.refundFull');
    case 'refundProRata': {
      const count = num(params, 'remainingDays');
      if (count === undefined) break;
      return t('lineItems.refundProRata', { count });
    }
    case 'refundNone':
      return t('lineItems.refundNone');
    case 'payPerUse': {
      const name = edition(params, 'edition', tc);
      const rate = num(params, 'rate');
      if (!name || rate === undefined) break;
      return t('lineItems.payPerUse', { edition: name, rate: formatMoney(rate, language) });
    }
  }
  return item.description;
}
