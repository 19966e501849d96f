/**
 * Issue 24's quote documents as the console uses them: make one from the review step's choices
 * (POST /quote-documents), read one (GET /quote-documents/:id), and the links between the
 * document and the wizard that reopens it.
 */
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import type { OrderRequest, Subscription } from '@/domain/contract';
import { QuoteDocumentSchema, type QuoteDocument } from '@/domain/contract-quotes';
import { sameChoices } from '@/domain/fingerprint';
import { apiGet, apiPost } from './api-client';

export const QUOTE_PARAM = 'quote';

/** GET /quote-documents/:id — its status and what paying it costs now. */
export const quoteDocumentQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['quote-documents', id],
    queryFn: ({ signal }) =>
      apiGet(`/quote-documents/${encodeURIComponent(id)}`, { schema: QuoteDocumentSchema, signal }),
    // its status and price depend on the clock
    staleTime: 5_000,
  });

/** POST /quote-documents — a stored quote of an order's choices; commits nothing. */
export const useCreateQuoteDocument = () =>
  useMutation({
    mutationFn: (body: OrderRequest) =>
      apiPost('/quote-documents', body, { schema: QuoteDocumentSchema }),
    // nothing else changes
    meta: { invalidates: [] },
  });

/** The quote document's own page (standalone, printable). */
export const quoteDocumentHref = (id: string) => paths.quoteDocument.getHref(id);

/** The wizard that reopens a quote at its review step with its choices (`?quote=`). */
export function reopenHref(doc: Pick<QuoteDocument, 'id' | 'order' | 'region'>): string {
  const { order, region } = doc;
  const query = `${QUOTE_PARAM}=${encodeURIComponent(doc.id)}`;
  const base =
    order.type === 'upgrade'
      ? paths.upgrade.getHref(order.subscriptionId, { method: order.method, region })
      : order.type === 'renew'
        ? paths.renew.getHref(order.subscriptionId, region)
        : // a pack: Purchased Resources opens its dialog with the quote's choices
          paths.purchasedResources.getHref(region);
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

/**
 * The quote a wizard was reopened with, while its choices are still the quote's: then Pay Now
 * sends its `quoteId` (the API decides what it is worth) and the review step compares.
 */
export function useReopenedQuote(
  quoteId: string | null,
  body: OrderRequest | null,
  subscription: Pick<Subscription, 'tags'>,
) {
  const query = useQuery({ ...quoteDocumentQueryOptions(quoteId ?? ''), enabled: !!quoteId });
  const doc = query.data;
  const applies = !!quoteId && !!doc && !!body && sameChoices(doc.order, body, subscription.tags);
  return {
    quoteId,
    query,
    doc: applies ? doc : undefined,
    /** the order body Pay Now sends */
    body: applies && body && body.type !== 'unsubscribe' ? { ...body, quoteId: doc.id } : body,
  };
}

export type ReopenedQuote = ReturnType<typeof useReopenedQuote>;
