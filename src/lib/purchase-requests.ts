/**
 * Issue 24: purchase requests over the API — the list, one, asking (from a purchase refused for
 * want of the permission, R14) and declining. Shared by the purchase kit, the wizards and the
 * Orders page; the rules (status, expiry, what may be done) are the API's.
 */
import { queryOptions, useMutation } from '@tanstack/react-query';
import {
  PurchaseRequestListSchema,
  PurchaseRequestViewSchema,
  type OrderRequest,
  type PurchaseRequestView,
  type RequestableOrder,
} from '@/domain/contract';
import { apiGet, apiPost } from './api-client';

export const purchaseRequestsQueryOptions = () =>
  queryOptions({
    queryKey: ['purchase-requests', 'list'],
    queryFn: ({ signal }) =>
      apiGet('/purchase-requests', { schema: PurchaseRequestListSchema, signal }),
  });

export const purchaseRequestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['purchase-requests', 'one', id],
    queryFn: ({ signal }) =>
      apiGet(`/purchase-requests/${encodeURIComponent(id)}`, {
        schema: PurchaseRequestViewSchema,
        signal,
      }),
  });

/**
 * The order a request stands for: the choices made, without the Disclaimer (the payer's to
 * accept), the request it would pay or the quote it was priced on (a request is re-priced).
 */
export function requestableOrder(body: OrderRequest): RequestableOrder | null {
  if (body.type === 'unsubscribe') return null;
  const { purchaseRequestId: _, quoteId: __, ...order } = body;
  return { ...order, disclaimerAccepted: false };
}

/** POST /purchase-requests: every query refreshes after it (the list, the messages' bell). */
export function useCreatePurchaseRequest() {
  return useMutation({
    mutationFn: (input: { order: RequestableOrder; note?: string }) =>
      apiPost('/purchase-requests', input, { schema: PurchaseRequestViewSchema }),
  });
}

/** POST /purchase-requests/:id/decline */
export function useDeclinePurchaseRequest() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiPost(
        `/purchase-requests/${encodeURIComponent(id)}/decline`,
        { reason },
        { schema: PurchaseRequestViewSchema },
      ),
    meta: { invalidates: [['purchase-requests']] },
  });
}

export type { PurchaseRequestView };
