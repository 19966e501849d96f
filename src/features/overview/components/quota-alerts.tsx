import { Alert, Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowUpCircle, IconGauge } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import { formatMoney, formatNumber } from '@/lib/format';
import { quoteQueryOptions } from '@/lib/quote';

/**
 * R7 before and at the line: from 100 % of the quota the customer is warned how many
 * assets are left before an upgrade becomes required; once it is required, why, the
 * minimum quota and what the upgrade costs (a POST /quotes for exactly that minimum).
 */
export function QuotaAlerts({ view }: { view: SubscriptionView }) {
  if (view.upgradeRequired) return <UpgradeRequiredAlert view={view} />;
  const left = view.assetsBeforeUpgradeRequired;
  // the API says when to warn (R7: from 100 % of the quota until an upgrade is required)
  if (view.nearUpgradeThreshold && left !== null) {
    return <NearThresholdAlert view={view} left={left} />;
  }
  return null;
}

function NearThresholdAlert({ view, left }: { view: SubscriptionView; left: number }) {
  const { t, i18n } = useTranslation('overview');
  const n = (value: number) => formatNumber(value, i18n.language);
  const sub = view.subscription;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconGauge aria-hidden />}
      title={t('nearThreshold.title', { count: left })}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('nearThreshold.body', {
            assets: n(view.billableAssets.total),
            quota: n(sub.quota ?? 0),
            percent: n(view.usagePercent ?? 0),
            threshold: n(view.upgradeThresholdAssets ?? 0),
          })}
        </Text>
        {view.actions.increaseQuota && <Text size="sm">{t('nearThreshold.advice')}</Text>}
        {view.actions.increaseQuota && (
          <Group>
            <Button
              component={Link}
              to={paths.upgrade.getHref(sub.id, { method: 'quota', region: sub.region })}
              variant="default"
              size="sm"
            >
              {t('actions.increaseQuota')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function UpgradeRequiredAlert({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.language;
  const n = (value: number) => formatNumber(value, lng);
  const sub = view.subscription;
  const assets = view.billableAssets.total;
  // the smallest quota Increase Quota offers (R6): the price quoted is the one for it
  const minimum = view.upgradeOptions.quota.quota?.min ?? null;
  const quote = useQuery({
    ...quoteQueryOptions({
      type: 'upgrade',
      method: 'quota',
      quota: minimum ?? 0,
      subscriptionId: sub.id,
      expectedVersion: sub.version,
      disclaimerAccepted: false,
    }),
    enabled: minimum !== null,
  });

  let price;
  if (minimum === null) price = null;
  else if (quote.data) {
    price = (
      <Text size="sm" fw={600}>
        {t('upgradeRequired.price', {
          quota: n(minimum),
          amount: formatMoney(quote.data.amount, lng),
          count: quote.data.remainingDays ?? view.daysLeft ?? 0,
        })}
      </Text>
    );
  } else if (quote.isError) {
    price = (
      <Text size="sm">
        {t('upgradeRequired.priceFailed')}{' '}
        <Anchor component="button" type="button" size="sm" onClick={() => void quote.refetch()}>
          {t('upgradeRequired.retryPrice')}
        </Anchor>
      </Text>
    );
  } else {
    price = (
      <Skeleton
        height={16}
        width="70%"
        aria-label={t('upgradeRequired.priceLoading')}
        role="status"
      />
    );
  }

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconArrowUpCircle aria-hidden />}
      title={t('upgradeRequired.title')}
    >
      <Stack gap={6}>
        <Text size="sm">
          {t('upgradeRequired.reason', {
            assets: n(assets),
            quota: n(sub.quota ?? 0),
            threshold: n(view.upgradeThresholdAssets ?? 0),
          })}
        </Text>
        {minimum !== null && (
          <Text size="sm">{t('upgradeRequired.minimum', { assets: n(minimum) })}</Text>
        )}
        {price}
        <Text size="sm" c="dimmed">
          {t('upgradeRequired.where')}
        </Text>
      </Stack>
    </Alert>
  );
}
