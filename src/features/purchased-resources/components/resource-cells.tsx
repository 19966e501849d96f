import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { StatusBadge } from '@/components/status-badge';
import type { SubscriptionView } from '@/domain/contract';
import { formatDate, formatNumber } from '@/lib/format';
import { regionNameId } from './region-name-id';
import { DANGER_TEXT } from './text-colors';

/**
 * The cells of a region's row, shared by the table (desktop) and the cards (phone). Every value
 * is the API's: the derived fields of GET /subscriptions are shown, never recomputed.
 */
type CellProps = { view: SubscriptionView };

export function RegionName({ view }: CellProps) {
  const { t } = useTranslation();
  const sub = view.subscription;
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm" id={regionNameId(view)} component="span">
        {t(`regions.${sub.region}`)}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" component="span">
        {sub.id}
      </Text>
    </Stack>
  );
}

export function TagsSummary({ view }: CellProps) {
  const { t } = useTranslation('purchased-resources');
  const tags = view.subscription.tags;
  if (tags.length === 0) return null;
  const shown = tags.slice(0, 3);
  return (
    <Group gap={4} wrap="wrap" aria-label={t('tags.summary', { count: tags.length })} role="list">
      {shown.map((tag) => (
        <Badge
          key={tag.key}
          size="xs"
          variant="outline"
          color="gray"
          role="listitem"
          style={{ textTransform: 'none', maxWidth: '12rem' }}
        >
          {tag.value ? `${tag.key}: ${tag.value}` : tag.key}
        </Badge>
      ))}
      {tags.length > shown.length && (
        <Text size="xs" c="dimmed" role="listitem">
          {t('tags.more', { count: tags.length - shown.length })}
        </Text>
      )}
    </Group>
  );
}

export function EditionCell({ view }: CellProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const released = view.effectiveEdition !== sub.edition;
  return (
    <Stack gap={4} align="flex-start">
      <EditionBadge edition={view.effectiveEdition} />
      <Text size="xs" c="dimmed">
        {released
          ? t('edition.releasedWas', { edition: tc(`editions.${sub.edition}`) })
          : t(`billingModes.${sub.billingMode}`)}
      </Text>
    </Stack>
  );
}

export function QuotaCell({ view }: CellProps) {
  const { t, i18n } = useTranslation('purchased-resources');
  const quota = view.effectiveQuota;
  if (quota === null)
    return (
      <Text size="sm" c="dimmed">
        {t('quota.none')}
      </Text>
    );
  return (
    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {t('quota.value', { count: quota, formatted: formatNumber(quota, i18n.language) })}
    </Text>
  );
}

export function AssetsCell({ view }: CellProps) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { ecs, external, total } = view.billableAssets;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatNumber(total, i18n.language)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('assets.split', { ecs, external })}
      </Text>
      {view.usagePercent !== null && view.effectiveQuota !== null && (
        <Text size="xs" c={view.upgradeRequired ? DANGER_TEXT : 'dimmed'}>
          {t('assets.usage', { percent: view.usagePercent })}
        </Text>
      )}
    </Stack>
  );
}

export function ExpiryCell({ view }: CellProps) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { expiresAt } = view.subscription;
  if (expiresAt === null)
    return (
      <Text size="sm" c="dimmed">
        {t('expiry.none')}
      </Text>
    );
  const days = view.daysLeft ?? 0;
  let left: string;
  if (days > 0) left = t('expiry.daysLeft', { count: days });
  else if (days === 0) left = t('expiry.expiredToday');
  else left = t('expiry.expiredDaysAgo', { count: -days });
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={expiresAt}>{formatDate(expiresAt, i18n.language)}</time>
      </Text>
      <Text
        size="xs"
        c={view.status === 'expiring' || view.status === 'expired' ? DANGER_TEXT : 'dimmed'}
      >
        {left}
      </Text>
    </Stack>
  );
}

export function StatusCell({ view }: CellProps) {
  const { t } = useTranslation('purchased-resources');
  return (
    <Stack gap={4} align="flex-start">
      <StatusBadge status={view.status} />
      {view.upgradeRequired && (
        <Badge variant="light" color="red" size="sm">
          {t('status.upgradeRequired')}
        </Badge>
      )}
    </Stack>
  );
}
