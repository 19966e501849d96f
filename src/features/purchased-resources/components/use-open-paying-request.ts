import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SubscriptionView } from '@/domain/contract';
import { purchaseRequestQueryOptions } from '@/lib/purchase-requests';
import type { DialogKind } from './resource-actions';

/**
 * Issue 24: `?request=` (an admin's "Review and pay" of a value-added pack) opens the pack
 * dialog of the request's subscription once, with the request's choices (left as its draft).
 */
export function useOpenPayingRequest(
  id: string | undefined,
  items: SubscriptionView[] | undefined,
  open: (kind: DialogKind, view: SubscriptionView) => void,
) {
  const request = useQuery({ ...purchaseRequestQueryOptions(id ?? ''), enabled: Boolean(id) });
  const opened = useRef(false);
  const subscriptionId =
    request.data?.order.type === 'value-added-pack' ? request.data.subscriptionId : undefined;
  useEffect(() => {
    if (opened.current || !subscriptionId || !items) return;
    const view = items.find((item) => item.subscription.id === subscriptionId);
    if (!view) return;
    opened.current = true;
    open('pack', view);
  }, [subscriptionId, items, open]);
}
