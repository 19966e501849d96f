import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconCheck, IconTrendingUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { SubscriptionView } from '@/domain/contract';
import { formatDate, formatNumber } from '@/lib/format';
import { quoteQueryOptions, type PurchaseRequest } from '@/lib/quote';
import { buildUpgradeRequest, type UpgradeForm } from './upgrade-form';

export type QuotaSuggestionProps = {
  view: SubscriptionView;
  form: UpgradeForm;
  onUse: (quota: number) => void;
};

/**
 * Issue 24: the API's suggested quota (the smallest that stays under 100 % until expiry at the
 * current trend) as a one-click choice, priced by the API's quote of this very order with it.
 * Shown only where the view carries a suggestion (its forecast reaches 100 % before expiry).
 */
export function QuotaSuggestion({ view, form, onUse }: QuotaSuggestionProps) {
  const { t, i18n } = useTranslation('upgrade');
  const lng = i18n.language;
  const suggested = view.forecast?.suggestedQuota ?? null;
  const body = suggested === null ? null : buildUpgradeRequest(view, { ...form, quota: suggested });
  const quote = useQuery({
    ...quoteQueryOptions(body ?? ({} as PurchaseRequest)),
    enabled: body !== null,
  });
  const expiresAt = view.subscription.expiresAt;
  if (suggested === null || body === null || expiresAt === null) return null;
  const quota = formatNumber(suggested, lng);
  const inUse = form.quota === suggested;

  return (
    <Paper withBorder p="sm" radius="md" maw={520} data-testid="quota-suggestion">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          <IconTrendingUp size={16} aria-hidden />
          <Text fw={600} size="sm">
            {t('suggestion.title', { quota })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('suggestion.why', { date: formatDate(expiresAt, lng) })}
        </Text>
        <Group gap="sm" wrap="wrap" align="center">
          {inUse ? (
            <Group gap={4} wrap="nowrap">
              <IconCheck size={16} aria-hidden />
              <Text size="sm" fw={500}>
                {t('suggestion.inUse')}
              </Text>
            </Group>
          ) : (
            <Button size="compact-md" variant="light" onClick={() => onUse(suggested)}>
              {t('suggestion.use', { quota })}
            </Button>
          )}
          {quote.data ? (
            <Text size="sm">
              {t('suggestion.price')} <Money cents={quote.data.amount} fw={600} />
            </Text>
          ) : quote.isError ? (
            <Text size="sm" c="dimmed">
              {t('suggestion.priceUnavailable')}
            </Text>
          ) : (
            <Skeleton height={14} width={96} aria-label={t('suggestion.loadingPrice')} />
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
