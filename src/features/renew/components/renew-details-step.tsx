import { Alert, Anchor, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditionBadge } from '@/components/edition-badge';
import { DetailsTable } from '@/components/purchase/details-table';
import { expiryText, RETAINED_DATA_KEYS } from '@/components/purchase/subscription-facts';
import { StatusBadge } from '@/components/status-badge';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import { formatDate } from '@/lib/format';

/** Step 1 of Renew: what is being renewed, with the quota shown locked and why (R5), and what expiry means (R1–R3). */
export function RenewDetailsStep({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('renew');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const lng = i18n.language;
  const expiry = sub.expiresAt ? formatDate(sub.expiresAt, lng) : '—';

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" mt={-8}>
        {t('details.intro')}
      </Text>

      {view.status === 'expiring' && view.daysLeft !== null && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconClock aria-hidden />}
          title={t('details.expiringTitle', { count: view.daysLeft })}
        >
          {t('details.expiringBody', { date: expiry })}
        </Alert>
      )}
      {view.status === 'expired' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('details.expiredTitle', { date: expiry })}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('details.expiredBody', {
                date: view.retentionEndsAt ? formatDate(view.retentionEndsAt, lng) : '—',
              })}
            </Text>
            <List size="sm" spacing={2}>
              {RETAINED_DATA_KEYS.map((key) => (
                <List.Item key={key}>
                  {t(`retainedData.${key}`, { count: view.retainedData[key] })}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {view.status === 'active' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('details.activeBody', { date: expiry })}
        </Alert>
      )}

      <DetailsTable
        rows={[
          { label: tp('details.subscriptionId'), value: sub.id },
          { label: tp('details.region'), value: tc(`regions.${sub.region}`) },
          { label: tp('details.edition'), value: <EditionBadge edition={sub.edition} /> },
          { label: tp('details.billingMode'), value: tp(`billingModes.${sub.billingMode}`) },
          { label: tp('details.status'), value: <StatusBadge status={view.status} /> },
          {
            label: tp('details.currentExpiry'),
            value: expiryText(view, tp, tc, lng, '—'),
          },
          {
            label: tp('details.billableAssets'),
            value: tp('details.billableAssetsValue', {
              total: view.billableAssets.total,
              ecs: view.billableAssets.ecs,
              external: view.billableAssets.external,
            }),
          },
        ]}
      />

      <TextInput
        label={tp('details.quota')}
        value={String(sub.quota ?? '')}
        readOnly
        maw={320}
        leftSection={<IconLock size={16} aria-label={t('details.quotaLockedIcon')} />}
        description={
          <>
            {t('details.quotaLocked')} {t('details.quotaLockedMore')}
          </>
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      {view.actions.increaseQuota && (
        <Group>
          <Anchor
            component={Link}
            to={paths.upgrade.getHref(sub.id, { method: 'quota', region: sub.region })}
            size="sm"
          >
            {tp('actions.increaseQuota')}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
