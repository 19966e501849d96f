import { Card, Paper, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorFallback } from '@/components/error-fallback';
import { PageHeader } from '@/components/page-header';
import type { Catalog, OverviewResponse } from '@/domain/contract';
import { catalogQueryOptions } from '@/lib/catalog';
import { useRegion } from '@/lib/region';
import { overviewQueryOptions } from '../api/get-overview';
import { AssetTrendCard } from './asset-trend-card';
import { LifecycleBanner } from './lifecycle-banner';
import { OverviewActions } from './overview-actions';
import { AssetsCard, BasicCard, PayPerUseCard } from './plan-cards';
import { QuotaAlerts } from './quota-alerts';
import { QuotaUsageCard } from './quota-usage-card';
import { SubscriptionSummary } from './subscription-summary';

/** The User Timing mark a benchmark reads: the subscription's data first on screen, once per page load. */
export const OVERVIEW_DATA_MARK = 'overview-data';

/**
 * SPEC §3 `/overview`: the selected region's subscription — edition, billing mode, status,
 * expiry and days left; quota usage; the 30-day asset trend; the lifecycle banners; Renew
 * in the upper-right corner and Upgrade only while the API says `upgradeRequired`.
 */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const [region] = useRegion();
  const overview = useQuery(overviewQueryOptions(region));
  const catalog = useQuery(catalogQueryOptions());
  const view = overview.data;

  let content;
  if (view) content = <OverviewContent overview={view} catalog={catalog.data} />;
  else if (overview.isError) {
    content = (
      <ErrorFallback
        title={t('error.title')}
        error={overview.error}
        onRetry={() => void overview.refetch()}
        retrying={overview.isFetching}
      />
    );
  } else content = <OverviewSkeleton />;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description', { region: tc(`regions.${region}`) })}
        actions={view && <OverviewActions view={view} />}
      />
      {content}
    </>
  );
}

function OverviewContent({
  overview,
  catalog,
}: {
  overview: OverviewResponse;
  catalog: Catalog | undefined;
}) {
  useEffect(() => {
    if (performance.getEntriesByName(OVERVIEW_DATA_MARK, 'mark').length === 0) {
      performance.mark(OVERVIEW_DATA_MARK);
    }
  }, []);

  const sub = overview.subscription;
  const isBasic = sub.billingMode === 'free';

  let usage;
  // the quota the region is served with (none on Basic, pay-per-use, or once released)
  if (overview.effectiveQuota !== null) {
    usage = (
      <QuotaUsageCard
        view={overview}
        thresholdPercent={catalog?.lifecycle.upgradeThresholdPercent}
      />
    );
  } else if (sub.billingMode === 'pay-per-use') {
    usage = <PayPerUseCard view={overview} catalog={catalog} />;
  } else usage = <AssetsCard view={overview} />;

  return (
    <Stack gap="lg">
      <SubscriptionSummary view={overview} />
      <LifecycleBanner view={overview} />
      <QuotaAlerts view={overview} />
      {isBasic && <BasicCard view={overview} catalog={catalog} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {usage}
        <AssetTrendCard overview={overview} />
      </SimpleGrid>
    </Stack>
  );
}

function OverviewSkeleton() {
  const { t } = useTranslation('overview');
  return (
    <Stack gap="lg" aria-busy="true">
      <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg">
          {Array.from({ length: 5 }, (_, index) => (
            <Stack key={index} gap={8}>
              <Skeleton height={10} width="50%" />
              <Skeleton height={20} width="80%" />
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card>
          <Stack gap="md">
            <Skeleton height={20} width="40%" />
            <Skeleton height={32} width="30%" />
            <Skeleton height={14} />
            <Skeleton height={12} width="70%" />
            <Skeleton height={12} width="60%" />
          </Stack>
        </Card>
        <Card>
          <Stack gap="md">
            <Skeleton height={20} width="50%" />
            <Skeleton height={200} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
