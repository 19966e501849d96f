/**
 * The English words of a line item, from its key and numbers. The rules price a line and name
 * its kind (`key`, `params`); the UI words it in its own language, and this is the API's wording.
 */
import { EDITIONS, PACKS, type EditionId, type PackId } from '../catalog';
import type { LineItem } from '../contract';

type Params = NonNullable<LineItem['params']>;

const edition = (id: unknown): string => EDITIONS[id as EditionId]?.name ?? String(id);
const plural = (n: unknown, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;
const usd = (cents: unknown): string => `${(Number(cents) / 100).toFixed(2)} USD`;

const WORDING: Record<string, (p: Params) => string> = {
  renewal: (p) =>
    `Renewal: ${edition(p.edition)} edition, ${String(p.quota)} assets × ${plural(p.count, String(p.unit))} (billed ${String(p.billedMonths)} months)`,
  newPurchase: (p) =>
    `New purchase: ${edition(p.edition)} edition, ${String(p.quota)} assets × ${plural(p.count, String(p.unit))} (billed ${String(p.billedMonths)} months)`,
  payPerUse: (p) =>
    `${edition(p.edition)} edition, pay-per-use: ${String(p.rate)} cents per asset per hour, billed hourly`,
  upgrade: (p) =>
    `Upgrade ${edition(p.fromEdition)} × ${String(p.fromQuota)} → ${edition(p.toEdition)} × ${String(p.toQuota)} for the remaining ${plural(p.remainingDays, 'day')}`,
  pack: (p) =>
    `${PACKS[p.pack as PackId]?.name ?? String(p.pack)} × ${String(p.quantity)} for the remaining ${plural(p.remainingDays, 'day')}`,
  refund: (p) =>
    `Refund of order ${String(p.orderId)}: paid ${usd(p.paid)}, consumed ${usd(p.consumed)} (${String(p.elapsedDays)} of ${plural(p.spanDays, 'day')})`,
  refundNone: () => 'Nothing to refund: no payment was made for the current term',
};

/** A priced line: its English description from the key and numbers. */
export function lineItem(key: keyof typeof WORDING, amount: number, params: Params): LineItem {
  return { description: WORDING[key]?.(params) ?? key, amount, key, params };
}
