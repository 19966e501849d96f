import { Group, Radio, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { Catalog, Validity } from '@/domain/contract';
import { formatDate } from '@/lib/format';
import { quoteQueryOptions, type PurchaseRequest } from '@/lib/quote';
import { validityText } from './line-item';
import { parseValidity, validityValue } from './validity';

export type ValidityPickerProps = {
  /** the options on offer: `GET /catalog` → `validity` */
  options: Catalog['validity'];
  value: Validity;
  onChange: (validity: Validity) => void;
  /** the order to quote for each option (its price and new expiry come from `POST /quotes`); null: no prices */
  requestFor: (validity: Validity) => PurchaseRequest | null;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
};

/**
 * R5: 1–9 months or 1–3 years, each with its price and the new expiry date — both quoted by
 * the API, one request per option. Radio cards: Tab reaches them, arrow keys move between them.
 */
export function ValidityPicker({
  options,
  value,
  onChange,
  requestFor,
  label,
  description,
  error,
}: ValidityPickerProps) {
  const { t, i18n } = useTranslation('purchase');
  const all: Validity[] = [
    ...options.months.map((count) => ({ unit: 'month' as const, count })),
    ...options.years.map((count) => ({ unit: 'year' as const, count })),
  ];
  const requests = all.map((validity) => requestFor(validity));
  const quotes = useQueries({
    queries: requests.map((body) => ({
      ...quoteQueryOptions(body ?? ({} as PurchaseRequest)),
      enabled: body !== null,
    })),
  });

  const card = (validity: Validity, index: number) => {
    const quote = quotes[index];
    const priced = requests[index] !== null;
    return (
      <Radio.Card key={validityValue(validity)} value={validityValue(validity)} p="sm" radius="md">
        <Group wrap="nowrap" align="flex-start" gap="sm">
          <Radio.Indicator mt={2} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {validityText(validity, t)}
            </Text>
            {priced &&
              (quote?.data ? (
                <>
                  <Text size="sm" fw={500}>
                    <Money cents={quote.data.amount} />
                  </Text>
                  {quote.data.newExpiresAt && (
                    <Text size="xs" c="dimmed">
                      {t('validity.newExpiry', {
                        date: formatDate(quote.data.newExpiresAt, i18n.language),
                      })}
                    </Text>
                  )}
                </>
              ) : quote?.isError ? (
                <Text size="xs" c="dimmed">
                  {t('validity.priceUnavailable')}
                </Text>
              ) : (
                <Skeleton height={14} width={72} aria-label={t('validity.loadingPrice')} />
              ))}
            {validity.unit === 'year' && (
              <Text size="xs" c="dimmed">
                {t('validity.billedAs', { count: validity.count * options.billedMonthsPerYear })}
              </Text>
            )}
          </Stack>
        </Group>
      </Radio.Card>
    );
  };

  return (
    <Radio.Group
      value={validityValue(value)}
      onChange={(next) => {
        const parsed = parseValidity(next);
        if (parsed) onChange(parsed);
      }}
      label={label}
      description={description}
      error={error ? <span role="alert">{error}</span> : undefined}
    >
      <Stack gap="md" mt="xs">
        <Stack gap={6}>
          <Text size="sm" fw={500} c="dimmed" aria-hidden>
            {t('validity.monthsGroup')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="xs">
            {all.map((v, i) => (v.unit === 'month' ? card(v, i) : null))}
          </SimpleGrid>
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={500} c="dimmed" aria-hidden>
            {t('validity.yearsGroup')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="xs">
            {all.map((v, i) => (v.unit === 'year' ? card(v, i) : null))}
          </SimpleGrid>
        </Stack>
      </Stack>
    </Radio.Group>
  );
}
