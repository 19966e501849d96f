import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { SubscriptionView } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { purchaseRequestQueryOptions } from '@/lib/purchase-requests';
import { QUOTE_PARAM, quoteDocumentQueryOptions } from '@/lib/quote-documents';
import type { DialogKind } from './resource-actions';

/**
 * Issue 24: Purchased Resources opened from a value-added pack's quote document (`?quote=`) or
 * to pay a pack's purchase request (`?request=`, an admin's "Review and pay") opens that
 * subscription's Buy Value-add Pack dialog, once: with the quote (the dialog compares its price
 * with today's before Pay Now), or with the request's choices (the draft the Requests list left).
 */
export function usePackDialogFromLink(
  payingRequest: string | undefined,
  items: SubscriptionView[] | undefined,
  open: (kind: DialogKind, view: SubscriptionView, quote?: QuoteDocument) => void,
) {
  const quoteId = useSearchParams()[0].get(QUOTE_PARAM);
  const quote = useQuery({ ...quoteDocumentQueryOptions(quoteId ?? ''), enabled: !!quoteId });
  const request = useQuery({
    ...purchaseRequestQueryOptions(payingRequest ?? ''),
    enabled: !!payingRequest,
  });
  const linked = quote.data ?? request.data;
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !linked || !items || linked.order.type !== 'value-added-pack') return;
    const view = items.find((item) => item.subscription.id === linked.subscriptionId);
    if (!view?.actions.buyPack) return;
    opened.current = true;
    open('pack', view, quote.data);
  }, [linked, items, open, quote.data]);
}
