import { useSearchParams } from 'react-router';
import type { OrderRequest } from '@/domain/contract';

/** Issue 24: the purchase request a wizard pays (`?request=`, from "Review and pay"), if any. */
export function usePayingRequestId(): string | undefined {
  const [searchParams] = useSearchParams();
  return searchParams.get('request') ?? undefined;
}

/** The order Pay Now sends, naming the request it pays: the API marks it paid, or says why not. */
export function withPurchaseRequest<T extends OrderRequest | null>(body: T, id?: string): T {
  if (!body || !id || body.type === 'unsubscribe') return body;
  return { ...body, purchaseRequestId: id };
}
