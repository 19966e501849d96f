import { useSearchParams } from 'react-router';
import type { OrderRequest } from '@/domain/contract';

/** The query parameter naming the purchase request a wizard or the pack dialog pays. */
export const PAYING_REQUEST_PARAM = 'request';

/** Issue 24: the purchase request a wizard pays (`?request=`, from "Review and pay"), if any. */
export function usePayingRequestId(): string | undefined {
  const [searchParams] = useSearchParams();
  return searchParams.get(PAYING_REQUEST_PARAM) ?? undefined;
}

/** The order Pay Now sends, naming the request it pays: the API marks it paid, or says why not. */
export function withPurchaseRequest<T extends OrderRequest | null>(body: T, id?: string): T {
  if (!body || !id || body.type === 'unsubscribe') return body;
  return { ...body, purchaseRequestId: id };
}
