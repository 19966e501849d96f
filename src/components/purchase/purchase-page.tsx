import { useQuery } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import { LoadingSkeleton } from '@/components/query-state';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { catalogQueryOptions } from '@/lib/catalog';
import { usePinnedSubscription } from '@/lib/purchase';
import { SubscriptionLoadError } from './subscription-load-error';
import { useSubscriptionRegion } from './use-subscription-region';

export type PurchaseWizardInput = {
  /** the subscription as shown when the wizard started (pinned: its version is what the order expects) */
  view: SubscriptionView;
  catalog: Catalog;
  /** takes the subscription's latest state (after VERSION_CONFLICT) */
  onReload: () => Promise<SubscriptionView | undefined>;
};

/**
 * The page of a purchase wizard for `/…/:subscriptionId`: the subscription (pinned) and the
 * catalog, loading and error states with Retry, the region following the subscription, and
 * the page header — then the wizard, mounted afresh for each subscription.
 */
export function PurchasePage({
  heading,
  wizard,
}: {
  /** the page's title and description, for the subscription once it is loaded */
  heading: (
    view: SubscriptionView | undefined,
    id: string,
  ) => { title: string; description: string };
  wizard: (input: PurchaseWizardInput) => ReactNode;
}) {
  const { subscriptionId = '' } = useParams();
  const catalog = useQuery(catalogQueryOptions());
  const pinned = usePinnedSubscription(subscriptionId);
  const { view } = pinned;
  useSubscriptionRegion(view?.subscription.region);

  let content;
  if (!view && pinned.query.isError) {
    content = (
      <SubscriptionLoadError
        error={pinned.query.error}
        onRetry={() => void pinned.query.refetch()}
        retrying={pinned.query.isRefetching}
      />
    );
  } else if (catalog.isError) {
    content = (
      <ErrorFallback
        error={catalog.error}
        onRetry={() => void catalog.refetch()}
        retrying={catalog.isRefetching}
      />
    );
  } else if (!view || !catalog.data) {
    content = <LoadingSkeleton lines={6} />;
  } else {
    content = (
      <Fragment key={view.subscription.id}>
        {wizard({ view, catalog: catalog.data, onReload: pinned.reload })}
      </Fragment>
    );
  }

  const { title, description } = heading(view, subscriptionId);
  return (
    <>
      <PageHeader title={title} description={description} />
      {content}
    </>
  );
}
