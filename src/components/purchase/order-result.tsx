import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconListDetails, IconLayoutDashboard } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Money } from '@/components/money';
import { paths } from '@/config/paths';
import type { OrderResult } from '@/domain/contract';
import { formatDateTime } from '@/lib/format';
import { LineItemsTable } from './line-items-table';
import { StepHeading } from './step-heading';
import { SuccessAlert } from './success-alert';

export type OrderResultViewProps = {
  result: OrderResult;
  headingRef?: Ref<HTMLHeadingElement>;
  /** what the subscription is now (edition, quota, expiry), worded by the wizard */
  summary?: ReactNode;
};

/** The result page of a paid order: it says the payment succeeded, shows the order, and the way on. */
export function OrderResultView({ result, headingRef, summary }: OrderResultViewProps) {
  const { t, i18n } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const { order } = result;
  return (
    <Stack gap="lg">
      <SuccessAlert
        title={
          <StepHeading ref={headingRef} mb={0} size="h3">
            {t('result.title')}
          </StepHeading>
        }
      >
        <Text size="sm" role="status">
          {t('result.body', { id: order.id })}
        </Text>
      </SuccessAlert>

      <Card>
        <Stack gap="md">
          <Text fw={600} component="h3" fz="lg" m={0}>
            {t('result.order')}
          </Text>
          <Table variant="vertical" withTableBorder layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w="35%">{t('result.orderId')}</Table.Th>
                <Table.Td style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
                  {order.id}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('result.type')}</Table.Th>
                <Table.Td>{t(`result.types.${order.type}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('details.region')}</Table.Th>
                <Table.Td>{tc(`regions.${order.region}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('result.paidAt')}</Table.Th>
                <Table.Td>{formatDateTime(order.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Table.ScrollContainer minWidth={280}>
            <LineItemsTable
              items={order.items}
              label={t('result.items')}
              columns={{ item: t('quote.item'), amount: t('quote.amount') }}
            />
          </Table.ScrollContainer>
          <Group justify="space-between" align="baseline">
            <Text fw={600}>{t('result.amountPaid')}</Text>
            <Text fw={700} fz="xl">
              <Money cents={order.amount} />
            </Text>
          </Group>
        </Stack>
      </Card>

      {summary && (
        <Card>
          <Stack gap="sm">
            <Text fw={600} component="h3" fz="lg" m={0}>
              {t('result.newConfiguration')}
            </Text>
            {summary}
          </Stack>
        </Card>
      )}

      <Group>
        <Button
          component={Link}
          to={paths.overview.getHref(order.region)}
          leftSection={<IconLayoutDashboard size={18} aria-hidden />}
        >
          {t('actions.goToOverview')}
        </Button>
        <Button
          component={Link}
          to={paths.orders.getHref(order.region)}
          variant="default"
          leftSection={<IconListDetails size={18} aria-hidden />}
        >
          {t('actions.viewOrders')}
        </Button>
      </Group>
    </Stack>
  );
}
