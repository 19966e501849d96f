import type { QueryClient } from '@tanstack/react-query';
import type { OrderRequest, SubscriptionView } from '@/domain/contract';
import { QUOTE_PARAM, quoteDocumentQueryOptions } from '@/lib/quote-documents';
import { writeDraft } from '@/lib/wizard-draft';

/** The review step of both wizards (Renew, Upgrade). */
const REVIEW_STEP = 2;

/**
 * Issue 24: a wizard opened from a quote document (`?quote=`) opens at its review step with the
 * quote's choices — the wizard's draft (lib/wizard-draft.ts) is seeded with them before it
 * renders. Returns the quote's order when it is one of this wizard's subscription and type.
 */
export async function seedDraftFromQuote<T extends OrderRequest['type']>(
  queryClient: QueryClient,
  url: URL,
  view: SubscriptionView,
  type: T,
  draft: (order: Extract<OrderRequest, { type: T }>) => { key: string; values: object },
): Promise<Extract<OrderRequest, { type: T }> | undefined> {
  const id = url.searchParams.get(QUOTE_PARAM);
  if (!id) return undefined;
  try {
    const doc = await queryClient.fetchQuery(quoteDocumentQueryOptions(id));
    const order = doc.order;
    if (doc.subscriptionId !== view.subscription.id || order.type !== type) return undefined;
    const typed = order as Extract<OrderRequest, { type: T }>;
    const { key, values } = draft(typed);
    writeDraft(key, { values, step: REVIEW_STEP });
    return typed;
  } catch {
    return undefined; // the review step says the quote was not found
  }
}
