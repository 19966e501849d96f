/**
 * Issue 24: "Review and pay" opens the wizard a purchase request came from at its review step,
 * with the request's choices; the link names the request (`?request=`), which the wizard sends
 * with Pay Now.
 */
import { paths } from '@/config/paths';
import type { PurchaseRequestView, RegionId } from '@/domain/contract';
import { writeDraft } from './wizard-draft';

/**
 * Where "Review and pay" goes: the wizard, whose loader seeds its review step from the request
 * (src/app/routes/link-draft.ts); a pack, its dialog on Purchased Resources, seeded here.
 */
export function reviewAndPayHref(request: PurchaseRequestView, region?: RegionId): string {
  const { order } = request;
  const sub = order.subscriptionId;
  if (order.type === 'renew') return paths.renew.getHref(sub, region, request.id);
  if (order.type === 'upgrade')
    return paths.upgrade.getHref(sub, { method: order.method, region, request: request.id });
  // a value-added pack: its dialog on Purchased Resources, opened with these choices
  writeDraft(`pack:${sub}`, {
    values: { pack: order.pack, quantity: order.quantity, disclaimerAccepted: false },
    step: 0,
  });
  return paths.purchasedResources.getHref(region, request.id);
}
