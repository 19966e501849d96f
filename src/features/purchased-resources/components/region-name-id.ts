import type { SubscriptionView } from '@/domain/contract';

/** The id of the element that names a row's region: the row's action buttons are described by it. */
export const regionNameId = (view: SubscriptionView) => `resource-${view.subscription.id}-region`;
