import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { StatusBadge } from '@/components/status-badge';
import type { SubscriptionView } from '@/domain/contract';
import { formatDate } from '@/lib/format';

/**
 * The region's subscription at a glance (SPEC §3): edition, billing mode, status, expiry
 * date (a local date) and days left. A released subscription keeps its edition for the
 * record and says the region is served as Basic (R4, R15).
 */
export function SubscriptionSummary({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const lng = i18n.language;
  const released = view.status === 'released';
  const ended = released || view.status === 'expired';

  let daysLeft: ReactNode;
  if (view.daysLeft === null) daysLeft = t('summary.noExpiry');
  else if (ended) daysLeft = t('summary.daysLeftNone');
  else daysLeft = t('summary.daysLeftValue', { count: view.daysLeft });

  return (
    <Paper withBorder p="md" component="section" aria-label={t('summary.heading')}>
      <SimpleGrid
        component="dl"
        cols={{ base: 2, sm: 3, lg: 5 }}
        spacing="lg"
        verticalSpacing="md"
        m={0}
      >
        <Item label={t('summary.edition')}>
          <Stack gap={4} align="flex-start">
            <EditionBadge edition={sub.edition} size="md" />
            {view.effectiveEdition !== sub.edition && (
              <Text size="xs" c="dimmed">
                {t('summary.servedAs', { edition: tc(`editions.${view.effectiveEdition}`) })}
              </Text>
            )}
          </Stack>
        </Item>
        <Item label={t('summary.billingMode')}>{t(`billingModes.${sub.billingMode}`)}</Item>
        <Item label={t('summary.status')}>
          <StatusBadge status={view.status} size="md" />
        </Item>
        <Item label={t('summary.expiresAt')}>
          {sub.expiresAt ? formatDate(sub.expiresAt, lng) : t('summary.noExpiry')}
        </Item>
        <Item label={t('summary.daysLeft')}>{daysLeft}</Item>
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t('summary.idValue', { id: sub.id })}
      </Text>
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}
