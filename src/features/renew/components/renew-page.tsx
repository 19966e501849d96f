import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import { SubscriptionLoadError } from '@/components/purchase/subscription-load-error';
import { useSubscriptionRegion } from '@/components/purchase/use-subscription-region';
import { LoadingSkeleton } from '@/components/query-state';
import { catalogQueryOptions } from '@/lib/catalog';
import { usePinnedSubscription } from '@/lib/purchase';
import { RenewWizard } from './renew-wizard';

/**
 * SPEC §3 `/renew/:subscriptionId` (R5): order details with the quota locked → validity →
 * review, Disclaimer, Pay Now → result. What the API refuses up front (upgrade required,
 * released, not renewable) is shown as the way forward instead of the wizard.
 */
export function RenewPage() {
  const { t } = useTranslation('renew');
  const { t: tc } = useTranslation();
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
      <RenewWizard
        key={view.subscription.id}
        view={view}
        catalog={catalog.data}
        onReload={pinned.reload}
        reloading={pinned.reloading}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          view
            ? t('description', {
                id: subscriptionId,
                region: tc(`regions.${view.subscription.region}`),
              })
            : t('descriptionLoading', { id: subscriptionId })
        }
      />
      {content}
    </>
  );
}
