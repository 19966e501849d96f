import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { SubscriptionView } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { QUOTE_PARAM, quoteDocumentQueryOptions } from '@/lib/quote-documents';
import type { DialogKind } from './resource-actions';

/**
 * Issue 24: Purchased Resources opened from a value-added pack's quote document (`?quote=`)
 * opens that subscription's Buy Value-add Pack dialog, once, with the quote's choices (the
 * dialog compares the price with the quote before Pay Now).
 */
export function useReopenPackQuote(
  items: SubscriptionView[] | undefined,
  open: (kind: DialogKind, view: SubscriptionView, quote?: QuoteDocument) => void,
) {
  const [search] = useSearchParams();
  const quoteId = search.get(QUOTE_PARAM);
  const quote = useQuery({ ...quoteDocumentQueryOptions(quoteId ?? ''), enabled: !!quoteId });
  const done = useRef(false);
  const doc = quote.data;
  useEffect(() => {
    if (done.current || !doc || !items || doc.order.type !== 'value-added-pack') return;
    const view = items.find((v) => v.subscription.id === doc.subscriptionId);
    if (!view?.actions.buyPack) return;
    done.current = true;
    open('pack', view, doc);
  }, [doc, items, open]);
}
