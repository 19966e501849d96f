/**
 * Issue 24: "Review and pay" opens the wizard a purchase request came from at its review step,
 * with the request's choices; the link names the request (`?request=`), which the wizard sends
 * with Pay Now.
 */
import { paths } from '@/config/paths';
import type { PurchaseRequestView, RegionId } from '@/domain/contract';
import { writeDraft } from './wizard-draft';

/**
 * Where "Review and pay" goes, without side effects (a link's `to`): the wizard, whose loader
 * seeds its review step from the request (src/app/routes/link-draft.ts); a pack, its dialog on
 * Purchased Resources, which needs `seedReviewAndPay` before it opens.
 */
export function reviewAndPayPath(request: PurchaseRequestView, region?: RegionId): string {
  const { order } = request;
  const sub = order.subscriptionId;
  if (order.type === 'renew') return paths.renew.getHref(sub, region, request.id);
  if (order.type === 'upgrade')
    return paths.upgrade.getHref(sub, { method: order.method, region, request: request.id });
  return paths.purchasedResources.getHref(region, request.id);
}

/** The draft of a subscription's Buy Value-add Pack dialog (its choices, lib/wizard-draft.ts). */
export const packDraftKey = (subscriptionId: string) => `pack:${subscriptionId}`;

/** A value-added pack's dialog opens with the request's choices: seeded here (the wizards seed themselves). */
export function seedReviewAndPay(request: PurchaseRequestView): void {
  const { order } = request;
  if (order.type !== 'value-added-pack') return;
  writeDraft(packDraftKey(order.subscriptionId), {
    values: { pack: order.pack, quantity: order.quantity, disclaimerAccepted: false },
    step: 0,
  });
}

/** Where "Review and pay" goes, the pack dialog's choices seeded (call it on the click). */
export function reviewAndPayHref(request: PurchaseRequestView, region?: RegionId): string {
  seedReviewAndPay(request);
  return reviewAndPayPath(request, region);
}
