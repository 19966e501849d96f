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
import { isNewPurchase } from './upgrade-form';
import { UpgradeWizard } from './upgrade-wizard';

/**
 * SPEC §3 `/upgrade/:subscriptionId?method=edition|quota` (R6, R8–R12): current configuration →
 * method, version, quota, tags with a live quote → review, Disclaimer, Pay Now → result. From
 * Basic or a released subscription it is a new purchase (edition, billing method, quota, validity).
 */
export function UpgradePage() {
  const { t } = useTranslation('upgrade');
  const { t: tc } = useTranslation();
  const { subscriptionId = '' } = useParams();
  const catalog = useQuery(catalogQueryOptions());
  const pinned = usePinnedSubscription(subscriptionId);
  const { view } = pinned;
  useSubscriptionRegion(view?.subscription.region);
  const buy = view ? isNewPurchase(view) : false;

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
      <UpgradeWizard
        key={view.subscription.id}
        view={view}
        catalog={catalog.data}
        onReload={pinned.reload}
        reloading={pinned.reloading}
      />
    );
  }

  const region = view ? tc(`regions.${view.subscription.region}`) : '';
  return (
    <>
      <PageHeader
        title={buy ? t('titleBuy') : t('title')}
        description={
          view
            ? buy
              ? t('descriptionBuy', { id: subscriptionId, region })
              : t('description', { id: subscriptionId, region })
            : t('descriptionLoading', { id: subscriptionId })
        }
      />
      {content}
    </>
  );
}
