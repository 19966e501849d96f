import { Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@/domain/contract';
import { firstPageShown } from '@/lib/first-page';
import { formatDate, formatNumber } from '@/lib/format';
import { ForecastSummary } from './forecast-summary';

// requested once the first page is on screen (where the Overview is the first page, its chart
// does not compete with the page's own paint; afterwards at once)
const AssetTrendChart = lazy(() => firstPageShown.then(() => import('./asset-trend-chart')));

/** The 30-day asset trend: the chart (loaded lazily, after the numbers) and the trend in words. */
export function AssetTrendCard({ overview }: { overview: OverviewResponse }) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.language;
  const history = overview.assetHistory;
  const quota = overview.effectiveQuota;
  const threshold = quota === null ? null : overview.upgradeThresholdAssets;
  const first = history[0];
  const last = history.at(-1);
  // the history's dates are UTC days
  const date = (iso: string) => formatDate(`${iso}T00:00:00Z`, lng, 'UTC');

  let summary: string;
  if (!first || !last) summary = t('trend.empty');
  else {
    const values = {
      first: formatNumber(first.total, lng),
      firstDate: date(first.date),
      last: formatNumber(last.total, lng),
      lastDate: date(last.date),
    };
    summary =
      quota !== null && threshold !== null
        ? t('trend.summaryWithQuota', {
            ...values,
            quota: formatNumber(quota, lng),
            threshold: formatNumber(threshold, lng),
          })
        : t('trend.summary', values);
  }

  return (
    <Card component="section" aria-labelledby="trend-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="trend-heading">
          {t('trend.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {summary}
        </Text>
        {history.length > 0 && (
          <Suspense fallback={<Skeleton h={240} role="status" aria-label={t('trend.loading')} />}>
            <AssetTrendChart
              history={history}
              quota={quota}
              threshold={threshold}
              forecast={overview.forecast}
            />
          </Suspense>
        )}
        <ForecastSummary overview={overview} />
      </Stack>
    </Card>
  );
}
