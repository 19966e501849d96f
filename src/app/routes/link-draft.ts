import type { QueryClient } from '@tanstack/react-query';
import type { OrderRequest, SubscriptionView } from '@/domain/contract';
import { PAYING_REQUEST_PARAM } from '@/components/purchase/paying-request-id';
import { purchaseRequestQueryOptions } from '@/lib/purchase-requests';
import { QUOTE_PARAM, quoteDocumentQueryOptions } from '@/lib/quote-documents';
import { writeDraft } from '@/lib/wizard-draft';

/** The review step of both wizards (Renew, Upgrade). */
const REVIEW_STEP = 2;

/** The order a link names: a quote document's (`?quote=`) or a purchase request's (`?request=`). */
async function linkedOrder(queryClient: QueryClient, url: URL): Promise<OrderRequest | undefined> {
  const quote = url.searchParams.get(QUOTE_PARAM);
  const request = url.searchParams.get(PAYING_REQUEST_PARAM);
  try {
    if (quote) return (await queryClient.fetchQuery(quoteDocumentQueryOptions(quote))).order;
    if (request) return (await queryClient.fetchQuery(purchaseRequestQueryOptions(request))).order;
  } catch {
    // the review step says what was not found
  }
  return undefined;
}

/**
 * Issue 24: a wizard opened from a quote document or to pay a purchase request opens at its
 * review step with that order's choices — the wizard's draft (lib/wizard-draft.ts) is seeded
 * with them before it renders. Returns the order when it is one of this wizard's subscription
 * and type.
 */
export async function seedDraftFromLink<T extends OrderRequest['type']>(
  queryClient: QueryClient,
  url: URL,
  view: SubscriptionView,
  type: T,
  draft: (order: Extract<OrderRequest, { type: T }>) => { key: string; values: object },
): Promise<Extract<OrderRequest, { type: T }> | undefined> {
  const order = await linkedOrder(queryClient, url);
  if (!order || order.subscriptionId !== view.subscription.id || order.type !== type)
    return undefined;
  const typed = order as Extract<OrderRequest, { type: T }>;
  const { key, values } = draft(typed);
  writeDraft(key, { values, step: REVIEW_STEP });
  return typed;
}
