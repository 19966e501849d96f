import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Money } from '@/components/money';
import type { Order } from '@/domain/contract';
import classes from './orders.module.css';

/** An order's amount; a negative amount is a refund, and says so. */
export function OrderAmount({ order, size = 'sm' }: { order: Order; size?: 'sm' | 'md' }) {
  const { t } = useTranslation('orders');
  if (order.amount < 0) {
    return (
      <Stack gap={0} align="flex-end">
        <Text
          size={size}
          fw={600}
          c="light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))"
          className={classes.amount}
        >
          <Money cents={order.amount} />
        </Text>
        <Text size="xs" c="dimmed">
          {t('amount.refund')}
        </Text>
      </Stack>
    );
  }
  return (
    <Text size={size} fw={600} className={classes.amount}>
      <Money cents={order.amount} />
    </Text>
  );
}
