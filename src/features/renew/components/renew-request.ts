import { defaultValidity } from '@/components/purchase/validity';
import type { Catalog, RenewRequest, SubscriptionView, Validity } from '@/domain/contract';

/** The renewal the inputs make (`POST /quotes` prices it, `POST /orders` buys it). */
export function renewRequest(
  view: SubscriptionView,
  validity: Validity,
  disclaimerAccepted = false,
): RenewRequest {
  const sub = view.subscription;
  return {
    type: 'renew',
    subscriptionId: sub.id,
    expectedVersion: sub.version,
    disclaimerAccepted,
    validity,
  };
}

/**
 * The renewal the wizard opens with (the catalog's default term): the route's loader asks for
 * its quote before the wizard renders (src/app/routes/renew.tsx).
 */
export const openingRenewal = (view: SubscriptionView, catalog: Catalog): RenewRequest =>
  renewRequest(view, defaultValidity(catalog));
