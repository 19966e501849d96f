import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from '@/domain/contract';
import { orderKind, type OrderKind } from './order-kind';

const COLOR: Record<OrderKind, string> = {
  renew: 'teal',
  upgrade: 'brand',
  'new-purchase': 'indigo',
  'value-added-pack': 'grape',
  unsubscribe: 'orange',
};

/** Renewal, Upgrade, New purchase, Value-added pack or Unsubscribe refund. */
export function OrderTypeBadge({ order }: { order: Order }) {
  const { t } = useTranslation('orders');
  const kind = orderKind(order);
  return (
    <Badge variant="light" color={COLOR[kind]} style={{ whiteSpace: 'nowrap' }}>
      {t(`types.${kind}`)}
    </Badge>
  );
}
