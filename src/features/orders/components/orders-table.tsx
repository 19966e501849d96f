import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EditionBadge } from '@/components/edition-badge';
import { paths } from '@/config/paths';
import type { Order } from '@/domain/contract';
import { formatDateTime } from '@/lib/format';
import { useRegion } from '@/lib/region';
import { OrderAmount } from './order-amount';
import { OrderTypeBadge } from './order-type-badge';
import classes from './orders.module.css';

/**
 * The order history, newest first (the API's order). On a narrow screen the table scrolls
 * sideways and the order id stays in view on the left.
 */
export function OrdersTable({ orders }: { orders: Order[] }) {
  const { t, i18n } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const [region] = useRegion();
  return (
    <Table.ScrollContainer minWidth={880} type="native">
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.sticky}>
              {t('table.id')}
            </Table.Th>
            <Table.Th scope="col" miw={150}>
              {t('table.type')}
            </Table.Th>
            <Table.Th scope="col">{t('table.region')}</Table.Th>
            <Table.Th scope="col">{t('table.edition')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('table.date')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Th scope="row" fw="normal" className={classes.sticky}>
                <Anchor
                  component={Link}
                  to={paths.orderReceipt.getHref(order.id, region)}
                  ff="monospace"
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                  aria-label={t('table.openReceipt', { id: order.id })}
                >
                  {order.id}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <OrderTypeBadge order={order} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{tc(`regions.${order.region}`)}</Text>
              </Table.Td>
              <Table.Td>
                <EditionBadge edition={order.edition} size="sm" />
              </Table.Td>
              <Table.Td ta="right">
                <OrderAmount order={order} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={order.createdAt}>
                    {formatDateTime(order.createdAt, i18n.language)}
                  </time>
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
