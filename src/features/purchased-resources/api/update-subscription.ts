import { useMutation } from '@tanstack/react-query';
import {
  SubscriptionViewSchema,
  type PatchSubscriptionRequest,
  type SubscriptionView,
} from '@/domain/contract';
import { apiPatch, type ApiError } from '@/lib/api-client';

export type UpdateSubscriptionInput = {
  subscriptionId: string;
  body: PatchSubscriptionRequest;
};

/** PATCH /subscriptions/:id — auto-renew with its validity, or tags (R12); `expectedVersion` guards against a change elsewhere. */
export function updateSubscription({
  subscriptionId,
  body,
}: UpdateSubscriptionInput): Promise<SubscriptionView> {
  return apiPatch(`/subscriptions/${encodeURIComponent(subscriptionId)}`, body, {
    schema: SubscriptionViewSchema,
  });
}

/**
 * The mutation declares no `meta.invalidates`: every query is refreshed after it, so the
 * list, the Overview and the wizards see the new version at once.
 */
export function useUpdateSubscription() {
  return useMutation<SubscriptionView, ApiError, UpdateSubscriptionInput>({
    mutationFn: updateSubscription,
  });
}
