/**
 * Issue 24: "Review and pay" opens the wizard a purchase request came from at its review step,
 * with the request's choices: they are written as the wizard's draft (the form the Renew and
 * Upgrade wizards keep in sessionStorage, src/components/purchase/use-order-form.ts), and the
 * link names the request (`?request=`), which the wizard sends with Pay Now.
 */
import { paths } from '@/config/paths';
import type { PurchaseRequestView, RegionId } from '@/domain/contract';
import { writeDraft } from './wizard-draft';

/** The review step of the Renew and Upgrade wizards (their third). */
const REVIEW_STEP = 2;

/** Seeds the wizard's draft and returns where to go; a pack opens its dialog on Purchased Resources. */
export function reviewAndPayHref(request: PurchaseRequestView, region?: RegionId): string {
  const { order } = request;
  const sub = order.subscriptionId;
  if (order.type === 'renew') {
    writeDraft(`renew:${sub}`, {
      values: { validity: order.validity, disclaimerAccepted: false },
      step: REVIEW_STEP,
    });
    return paths.renew.getHref(sub, region, request.id);
  }
  if (order.type === 'upgrade') {
    writeDraft(`upgrade:${sub}`, {
      values: {
        method: order.method,
        edition: order.edition ?? null,
        billingMode: order.billingMode ?? 'subscription',
        quota: order.quota ?? '',
        validity: order.validity ?? { unit: 'year', count: 1 },
        tags: order.tags ?? [],
        disclaimerAccepted: false,
      },
      step: REVIEW_STEP,
    });
    return paths.upgrade.getHref(sub, { method: order.method, region, request: request.id });
  }
  // a value-added pack: its dialog on Purchased Resources, opened with these choices
  writeDraft(`pack:${sub}`, {
    values: { pack: order.pack, quantity: order.quantity, disclaimerAccepted: false },
    step: 0,
  });
  return paths.purchasedResources.getHref(region, request.id);
}
