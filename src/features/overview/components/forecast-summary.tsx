import { Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTrendingUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OverviewResponse } from '@/domain/contract';
import { formatDate, formatNumber } from '@/lib/format';

/**
 * Issue 24: the API's growth forecast in words — when an upgrade will be required (120 %, R7),
 * when the quota will be full (100 %, warned, not blocked), and a quota that lasts until expiry.
 * Nothing is shown without a forecast (flat or falling trend, too little history, no quota).
 */
export function ForecastSummary({ overview }: { overview: OverviewResponse }) {
  const { t, i18n } = useTranslation('overview');
  const forecast = overview.forecast;
  const quota = overview.effectiveQuota;
  const threshold = overview.upgradeThresholdAssets;
  if (!forecast || quota === null || threshold === null) return null;
  const lng = i18n.language;
  // the forecast's dates are UTC days, shown as they are
  const day = (date: string) => formatDate(`${date}T00:00:00Z`, lng, 'UTC');
  const expiresAt = overview.subscription.expiresAt;

  return (
    <Stack gap={6} data-testid="growth-forecast">
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon variant="light" size="sm" aria-hidden>
          <IconTrendingUp size={14} />
        </ThemeIcon>
        <Title order={3} size="h5">
          {t('forecast.heading')}
        </Title>
      </Group>
      <Text size="sm">
        {t('forecast.upgrade', {
          slope: formatNumber(forecast.slopePerDay, lng),
          date: day(forecast.upgradeRequiredOn),
          threshold: formatNumber(threshold, lng),
        })}
      </Text>
      {forecast.quotaReachedOn !== null && (
        <Text size="sm">
          {t('forecast.quota', {
            quota: formatNumber(quota, lng),
            date: day(forecast.quotaReachedOn),
          })}
        </Text>
      )}
      {forecast.suggestedQuota !== null && expiresAt !== null && (
        <Text size="sm" c="dimmed">
          {t('forecast.suggestion', {
            suggested: formatNumber(forecast.suggestedQuota, lng),
            expiry: formatDate(expiresAt, lng),
          })}
        </Text>
      )}
    </Stack>
  );
}
