import { Alert, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconClockHour4,
  IconShoppingCart,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RETAINED_DATA_KEYS } from '@/components/purchase/subscription-facts';
import { paths } from '@/config/paths';
import type { RetainedData, SubscriptionView } from '@/domain/contract';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { countdownText } from './lifecycle-text';
import { useApiNow } from './use-mock-now';

/**
 * The lifecycle banners of SPEC §1: expiring (R1: days left, Renew), expired (R2, R3: the
 * countdown to data removal and what is retained, Renew) and released (R4: what was
 * removed, Buy). Nothing while active.
 */
export function LifecycleBanner({ view }: { view: SubscriptionView }) {
  // the status is the API's: Basic and pay-per-use are always active there
  switch (view.status) {
    case 'expiring':
      return <ExpiringBanner view={view} />;
    case 'expired':
      return <ExpiredBanner view={view} />;
    case 'released':
      return <ReleasedBanner view={view} />;
    default:
      return null;
  }
}

function RenewButton({ view }: { view: SubscriptionView }) {
  const { t } = useTranslation('overview');
  if (!view.actions.renew) return null;
  const sub = view.subscription;
  return (
    <Group>
      <Button component={Link} to={paths.renew.getHref(sub.id, sub.region)} size="sm">
        {t('actions.renew')}
      </Button>
    </Group>
  );
}

function ExpiringBanner({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const expiresAt = view.subscription.expiresAt ?? '';
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconClockHour4 aria-hidden />}
      title={t('banners.expiringTitle', { count: view.daysLeft ?? 0 })}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('banners.expiringBody', { date: formatDate(expiresAt, i18n.language) })}
        </Text>
        <RenewButton view={view} />
      </Stack>
    </Alert>
  );
}

function ExpiredBanner({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const now = useApiNow();
  const lng = i18n.language;
  const expiresAt = view.subscription.expiresAt ?? '';
  const removal = view.retentionEndsAt ?? expiresAt;
  const remaining = Date.parse(removal) - now;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('banners.expiredTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('banners.expiredBody', {
            date: formatDate(expiresAt, lng),
            removal: formatDateTime(removal, lng),
          })}
        </Text>
        <Group gap="xs" align="baseline">
          <Text size="sm" fw={600} id="removal-countdown-label">
            {t('banners.countdownLabel')}
          </Text>
          <Text
            size="lg"
            fw={700}
            role="timer"
            aria-labelledby="removal-countdown-label"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {countdownText(remaining, t)}
          </Text>
        </Group>
        <RetainedDataList data={view.retainedData} heading={t('banners.retainedHeading')} />
        <RenewButton view={view} />
      </Stack>
    </Alert>
  );
}

function RetainedDataList({ data, heading }: { data: RetainedData; heading: string }) {
  const { t, i18n } = useTranslation('overview');
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} id="retained-data-heading">
        {heading}
      </Text>
      <SimpleGrid
        component="ul"
        aria-labelledby="retained-data-heading"
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        verticalSpacing={4}
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {RETAINED_DATA_KEYS.map((key) => (
          <Group component="li" key={key} justify="space-between" gap="xs" wrap="nowrap" maw={320}>
            <Text size="sm">{t(`retainedData.${key}`)}</Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatNumber(data[key], i18n.language)}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ReleasedBanner({ view }: { view: SubscriptionView }) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.language;
  const sub = view.subscription;
  const expiresAt = sub.expiresAt ?? '';
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconTrash aria-hidden />}
      title={t('banners.releasedTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('banners.releasedBody', {
            date: formatDate(expiresAt, lng),
            removal: formatDate(view.retentionEndsAt ?? expiresAt, lng),
          })}
        </Text>
        <Text size="sm" fw={600} id="removed-data-heading">
          {t('banners.removedHeading')}
        </Text>
        <List size="sm" spacing={2} aria-labelledby="removed-data-heading">
          {RETAINED_DATA_KEYS.map((key) => (
            <List.Item key={key}>{t(`retainedData.${key}`)}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('banners.releasedBuy')}</Text>
        {view.actions.buy && (
          <Group>
            <Button
              component={Link}
              to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
              leftSection={<IconShoppingCart size={16} aria-hidden />}
              size="sm"
            >
              {t('actions.buy')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
