import type { OrderRequest, Tag } from './contract';

/** A stable fingerprint of a request body: same key + same body = the same order. */
export function fingerprint(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(value));
}

/**
 * The customer's choices in an order body, as a fingerprint: without what changes between asking,
 * quoting and paying (the version seen, the Disclaimer, the request paid, the quote priced on).
 * An order without `tags` keeps the subscription's: given `tags`, the subscription's current ones,
 * it is the same choice as an order naming them; no tags is the same as an empty list. Issue 24: a
 * request or a quote holds for an order of the same choices.
 */
export function choicesOf(order: Record<string, unknown>, tags?: readonly unknown[]): string {
  const rest: Record<string, unknown> = { ...order };
  delete rest.expectedVersion;
  delete rest.disclaimerAccepted;
  delete rest.purchaseRequestId;
  delete rest.quoteId;
  if (rest.tags === undefined && tags) rest.tags = tags;
  if (Array.isArray(rest.tags) && rest.tags.length === 0) delete rest.tags;
  return fingerprint(rest);
}

/** Whether two orders make the same choices; `tags`: the subscription's now (see `choicesOf`). */
export const sameChoices = (a: OrderRequest, b: OrderRequest, tags?: readonly Tag[]): boolean =>
  choicesOf(a, tags) === choicesOf(b, tags);
