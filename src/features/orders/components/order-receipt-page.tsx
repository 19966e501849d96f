import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EditionBadge } from '@/components/edition-badge';
import {
  DocumentField,
  DocumentFields,
  DocumentHead,
  DocumentTotal,
} from '@/components/document-fields';
import { PageHeader } from '@/components/page-header';
import { LineItemsTable } from '@/components/purchase/line-items-table';
import { LoadingSkeleton, QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { Order, Session } from '@/domain/contract';
import { formatDateTime } from '@/lib/format';
import { useRegion } from '@/lib/region';
import { sessionQueryOptions } from '@/lib/session';
import { orderQueryOptions } from '../api/get-order';
import { OrderTypeBadge } from './order-type-badge';
import classes from './receipt.module.css';

/**
 * `/orders/:orderId`: the receipt of one order — who was billed, what for (line items worded in
 * the UI language from their `key` and `params`, the API's English as the fallback), the total
 * and that it is paid — with a Print button and a print layout of the receipt alone.
 */
export function OrderReceiptPage() {
  const { t } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const [region] = useRegion();
  const order = useQuery(orderQueryOptions(orderId));
  const session = useQuery(sessionQueryOptions());

  const content = (
    <QueryState
      query={order}
      loading={<LoadingSkeleton lines={8} />}
      notFound={{ title: t('receipt.notFoundTitle'), body: t('receipt.notFound', { id: orderId }) }}
    >
      {(data) => <Receipt order={data} session={session.data} />}
    </QueryState>
  );

  return (
    <>
      <PageHeader
        title={t('receipt.title', { id: orderId })}
        actions={
          <Group gap="sm" data-no-print>
            <Button
              component={Link}
              to={paths.orders.getHref(region)}
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
            >
              {t('receipt.allOrders')}
            </Button>
            <Button
              onClick={() => window.print()}
              disabled={!order.data}
              leftSection={<IconPrinter size={16} aria-hidden />}
            >
              {t('receipt.print')}
            </Button>
          </Group>
        }
      />
      {content}
    </>
  );
}

function Receipt({ order, session }: { order: Order; session: Session | undefined }) {
  const { t, i18n } = useTranslation('orders');
  const { t: tc } = useTranslation();
  const refund = order.amount < 0;
  return (
    <Card className={classes.receipt} data-receipt>
      <Stack gap="lg">
        <DocumentHead
          title={
            <Text size="sm" c="dimmed">
              {refund ? t('receipt.refundReceipt') : t('receipt.paymentReceipt')}
            </Text>
          }
          status={t(`receipt.status.${order.status}`)}
          statusColor="teal"
        />

        <DocumentFields>
          <DocumentField label={t('receipt.orderId')} mono>
            {order.id}
          </DocumentField>
          <DocumentField label={t('receipt.date')}>
            <time dateTime={order.createdAt}>{formatDateTime(order.createdAt, i18n.language)}</time>
          </DocumentField>
          <DocumentField label={t('receipt.type')}>
            <OrderTypeBadge order={order} />
          </DocumentField>
          <DocumentField label={t('receipt.region')}>{tc(`regions.${order.region}`)}</DocumentField>
          <DocumentField label={t('receipt.subscription')} mono>
            {order.subscriptionId}
          </DocumentField>
          <DocumentField label={t('receipt.edition')}>
            <EditionBadge edition={order.edition} size="sm" />
          </DocumentField>
          {session && (
            <DocumentField label={t('receipt.billedTo')}>
              {t('receipt.account', { name: session.account.name, id: session.account.id })}
            </DocumentField>
          )}
          <DocumentField label={t('receipt.currency')}>{order.currency}</DocumentField>
        </DocumentFields>

        <LineItemsTable
          items={order.items}
          label={t('receipt.items')}
          columns={{ item: t('receipt.item'), amount: t('receipt.amount') }}
          verticalSpacing="sm"
        />

        <DocumentTotal
          label={refund ? t('receipt.totalRefunded') : t('receipt.totalPaid')}
          cents={refund ? -order.amount : order.amount}
        />
        {session?.mock && (
          <Text size="xs" c="dimmed">
            {t('receipt.demoNote')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
