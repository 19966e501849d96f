import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { DetailsTable } from '@/components/purchase/details-table';
import { expiryText } from '@/components/purchase/subscription-facts';
import { StatusBadge } from '@/components/status-badge';
import type { SubscriptionView } from '@/domain/contract';
import { formatDate } from '@/lib/format';
import { isNewPurchase } from './upgrade-form';

/** Step 1 of Upgrade: the subscription as it is now, and what kind of purchase follows. */
export function CurrentConfigStep({
  view,
  thresholdPercent,
}: {
  view: SubscriptionView;
  thresholdPercent: number;
}) {
  const { t, i18n } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const lng = i18n.language;
  const buy = isNewPurchase(view);
  const expiry = sub.expiresAt ? formatDate(sub.expiresAt, lng) : tp('details.noExpiry');

  return (
    <Stack gap="md">
      {view.upgradeRequired && sub.quota !== null && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('current.upgradeRequiredTitle')}
        >
          {t('current.upgradeRequired', {
            assets: view.billableAssets.total,
            quota: sub.quota,
            percent: thresholdPercent,
          })}
        </Alert>
      )}
      {buy && view.status === 'released' && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('current.newPurchaseReleasedTitle')}
        >
          {t('current.newPurchaseReleased', { date: expiry })}
        </Alert>
      )}
      {buy && view.status !== 'released' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('current.newPurchaseBasic')}
        </Alert>
      )}
      {!buy && view.daysLeft !== null && view.daysLeft > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('current.proRata', { count: view.daysLeft })}
        </Alert>
      )}

      <DetailsTable
        rows={[
          { label: tp('details.subscriptionId'), value: sub.id },
          { label: tp('details.region'), value: tc(`regions.${sub.region}`) },
          {
            label: tp('details.edition'),
            value: <EditionBadge edition={view.effectiveEdition} />,
          },
          { label: tp('details.billingMode'), value: tp(`billingModes.${sub.billingMode}`) },
          { label: tp('details.status'), value: <StatusBadge status={view.status} /> },
          {
            label: tp('details.quota'),
            value:
              view.effectiveQuota === null ? (
                tp('details.noQuota')
              ) : (
                <Group gap="xs">
                  <Text span inherit>
                    {tp('details.assets', { count: view.effectiveQuota })}
                  </Text>
                  {view.usagePercent !== null && (
                    <Text span size="sm" c="dimmed">
                      {t('current.usage', { percent: view.usagePercent })}
                    </Text>
                  )}
                </Group>
              ),
          },
          {
            label: tp('details.billableAssets'),
            value: tp('details.billableAssetsValue', {
              total: view.billableAssets.total,
              ecs: view.billableAssets.ecs,
              external: view.billableAssets.external,
            }),
          },
          {
            label: tp('details.expiresAt'),
            value: expiryText(view, tp, tc, lng, tp('details.noExpiry')),
          },
          {
            label: tp('details.tags'),
            value:
              sub.tags.length === 0 || buy
                ? tp('details.noTags')
                : sub.tags.map((tag) => `${tag.key}: ${tag.value}`).join(', '),
          },
        ]}
      />
    </Stack>
  );
}
