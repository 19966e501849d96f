import { Card, Group, Loader, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { Quote } from '@/domain/contract';
import { formatMoney } from '@/lib/format';
import { LineItemsTable } from './line-items-table';

export type QuoteSummaryProps = {
  quote: Quote | undefined;
  /** the first quote is on its way (nothing to show yet) */
  loading?: boolean;
  /** a newer quote is on its way; the shown one is kept meanwhile */
  updating?: boolean;
  /** a refusal or failure shown instead of the price (an alert, with Retry where it helps); rule errors that concern a field are shown beside that field */
  error?: ReactNode;
  /** the inputs are not complete yet */
  incomplete?: boolean;
  /** `h2` on a page of its own, `h3` inside a step */
  headingOrder?: 2 | 3;
  title?: string;
  withCard?: boolean;
};

/**
 * The itemised price the API quoted: one row per line item and the total. The total is a live
 * region, so a screen reader hears the new price when an input changes it.
 */
export function QuoteSummary({
  quote,
  loading = false,
  updating = false,
  error,
  incomplete = false,
  headingOrder = 3,
  title,
  withCard = true,
}: QuoteSummaryProps) {
  const { t, i18n } = useTranslation('purchase');

  let body: ReactNode;
  if (error) {
    body = error;
  } else if (incomplete) {
    body = (
      <Text size="sm" c="dimmed">
        {t('quote.incomplete')}
      </Text>
    );
  } else if (loading || !quote) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Text size="sm" c="dimmed">
          {t('quote.loading')}
        </Text>
        <Skeleton height={16} />
        <Skeleton height={24} width="50%" />
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm" style={{ opacity: updating ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <LineItemsTable
          items={quote.items}
          label={title ?? t('quote.title')}
          columns={{ item: t('quote.item'), amount: t('quote.amount') }}
        />
        {quote.remainingDays !== undefined && (
          <Text size="sm" c="dimmed">
            {t('quote.remainingDays', { count: quote.remainingDays })}
          </Text>
        )}
        {quote.hourlyRate !== undefined && (
          <Text size="sm" c="dimmed">
            {t('quote.payNowNothing')}{' '}
            {t('quote.hourly', { rate: formatMoney(quote.hourlyRate, i18n.language) })}
          </Text>
        )}
      </Stack>
    );
  }

  const content = (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Title order={headingOrder} size="h3">
          {title ?? t('quote.title')}
        </Title>
        {updating && <Loader size="xs" aria-label={t('quote.updating')} />}
      </Group>
      {body}
      <Group
        justify="space-between"
        align="baseline"
        pt="xs"
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Text fw={600}>{t('quote.total')}</Text>
        <Text fw={700} fz="xl" aria-live="polite" aria-atomic="true">
          <VisuallyHidden component="span">{t('quote.totalLabel')}: </VisuallyHidden>
          {quote && !error && !incomplete ? <Money cents={quote.amount} /> : '—'}
        </Text>
      </Group>
    </Stack>
  );

  return withCard ? <Card>{content}</Card> : content;
}
