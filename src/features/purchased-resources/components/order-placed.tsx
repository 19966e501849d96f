import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SuccessAlert } from '@/components/purchase/success-alert';
import { paths } from '@/config/paths';
import type { Order } from '@/domain/contract';

export type OrderPlacedProps = {
  order: Order;
  title: string;
  children: ReactNode;
  onClose: () => void;
};

/** The result of a purchase made in a dialog: what happened, the order id and its receipt. */
export function OrderPlaced({ order, title, children, onClose }: OrderPlacedProps) {
  const { t } = useTranslation('purchased-resources');
  return (
    <Stack gap="md">
      <SuccessAlert
        title={
          <Text component="span" fw={700} role="heading" aria-level={3}>
            {title}
          </Text>
        }
      >
        <Stack gap="xs" role="status">
          <Text size="sm">{children}</Text>
          <Text size="sm">
            {t('result.orderId')}{' '}
            <Text component="span" ff="monospace" fw={600} size="sm">
              {order.id}
            </Text>
          </Text>
        </Stack>
      </SuccessAlert>
      <Group justify="space-between">
        <Anchor
          component={Link}
          to={paths.orderReceipt.getHref(order.id, order.region)}
          size="sm"
          fw={600}
        >
          <Group gap={4} component="span" wrap="nowrap">
            <IconReceipt size={16} aria-hidden />
            {t('result.viewReceipt')}
          </Group>
        </Anchor>
        <Button onClick={onClose} data-autofocus>
          {t('dialog.close')}
        </Button>
      </Group>
    </Stack>
  );
}
