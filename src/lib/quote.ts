/**
 * Prices a purchase (POST /quotes): what the Overview needs of purchases, in a module of its own so
 * that the first page's script does not carry the payment code of the wizards (src/lib/purchase.ts)
 * that imports it.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderRequest } from '@/domain/contract';
import { apiPost } from './api-client';
import { contractSchema } from './contract-schema';

/** A request as the API takes it: an order body (POST /quotes prices it, POST /orders buys it). */
export type PurchaseRequest = OrderRequest;

/** POST /quotes — the itemised price of a request, or the rule it breaks; changes nothing. */
export const quoteQueryOptions = (body: PurchaseRequest) =>
  queryOptions({
    queryKey: ['quotes', body],
    queryFn: ({ signal }) =>
      apiPost('/quotes', body, { schema: contractSchema('QuoteSchema'), signal }),
    // a quote depends on the clock (remaining days): never older than a few seconds
    staleTime: 5_000,
  });

/**
 * A live quote as the inputs change: the previous price stays on screen while the next one
 * loads (no flicker), and a request whose inputs were superseded is aborted. `body` null: no
 * quote (the inputs are incomplete). `enabled: false` keeps the price on screen without asking again —
 * while paying and after, when the refresh of every query would re-quote an order already placed.
 */
export function useLiveQuote(body: PurchaseRequest | null, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...quoteQueryOptions(body ?? ({} as PurchaseRequest)),
    enabled: body !== null && options.enabled !== false,
    placeholderData: keepPreviousData,
  });
}
