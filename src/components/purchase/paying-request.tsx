import { Alert, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/lib/format';
import { purchaseRequestQueryOptions } from '@/lib/purchase-requests';

/**
 * Above the review step: which request this pays, who asked and when, their note, and whether
 * today's price (the wizard's quote, on today's state) is the one quoted at the request.
 */
export function PayingRequestNotice({ id, amount }: { id: string; amount?: number }) {
  const { t, i18n } = useTranslation('requests');
  const request = useQuery(purchaseRequestQueryOptions(id));
  const lng = i18n.language;
  const data = request.data;
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={t('paying.title', { id })}
    >
      {data && (
        <Stack gap={4}>
          <Text size="sm">
            {t('paying.body', {
              who: data.requestedBy,
              date: formatDateTime(data.createdAt, lng),
            })}
          </Text>
          {data.note && <Text size="sm">{t('paying.note', { note: data.note })}</Text>}
          {amount !== undefined && (
            <Text size="sm" fw={600} role="status">
              {amount === data.quotedAmount
                ? t('paying.same', { amount: formatMoney(amount, lng) })
                : t('paying.changed', {
                    before: formatMoney(data.quotedAmount, lng),
                    now: formatMoney(amount, lng),
                  })}
            </Text>
          )}
        </Stack>
      )}
    </Alert>
  );
}
