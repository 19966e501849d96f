import { Button, Card, Checkbox, List, Skeleton, Stack, Text, Title, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorFallback } from '@/components/error-fallback';
import { Money } from '@/components/money';
import { LineItemsTable } from '@/components/purchase/line-items-table';
import { PaySection } from '@/components/purchase/pay-section';
import { DialogFooter } from '@/components/purchase/purchase-dialog';
import { useOrderForm } from '@/components/purchase/use-order-form';
import { RETAINED_DATA_KEYS } from '@/components/purchase/subscription-facts';
import { usePurchase } from '@/components/purchase/use-purchase';
import type { UnsubscribeRequest } from '@/domain/contract';
import { z } from '@/domain/zod';
import { formatMoney, formatNumber } from '@/lib/format';
import { quoteQueryOptions } from '@/lib/quote';
import { OrderPlaced } from './order-placed';
import type { DialogBodyProps } from './resource-dialog';

/**
 * Unsubscribe: a confirmation that names what is lost (edition, quota, packs, auto-renew, the
 * retained configurations and data) and the refund the API quotes, itemised per paid order
 * (R18); confirming places the unsubscribe order, and the region returns to Basic.
 */
export function UnsubscribeForm({ view: openedWith, onClose, onReload }: DialogBodyProps) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const [view, setView] = useState(openedWith);
  // what is lost must be acknowledged before the order is sent
  const form = useOrderForm(
    { confirmed: false },
    z.object({ confirmed: z.literal(true, t('unsubscribe.confirmMissing')) }),
  );
  // the confirmation is not kept across a sign-in: what is lost is confirmed again
  const purchase = usePurchase(() => onReload(view.subscription.id), setView, {
    type: 'unsubscribe',
    subscriptionId: view.subscription.id,
  });
  const { payment } = purchase;
  const sub = view.subscription;
  const region = tc(`regions.${sub.region}`);
  const edition = tc(`editions.${sub.edition}`);
  const body: UnsubscribeRequest = {
    type: 'unsubscribe',
    subscriptionId: sub.id,
    expectedVersion: sub.version,
  };
  const quote = useQuery(quoteQueryOptions(body));

  if (purchase.order) {
    const placed = purchase.order.order;
    return (
      <OrderPlaced order={placed} title={t('unsubscribe.doneTitle')} onClose={onClose}>
        {t('unsubscribe.done', {
          region,
          amount: formatMoney(Math.abs(placed.amount), i18n.language),
        })}
      </OrderPlaced>
    );
  }

  const confirm = () => {
    if (!form.validate().hasErrors) payment.pay(body);
  };

  const retained = RETAINED_DATA_KEYS.filter((kind) => view.retainedData[kind] > 0);

  return (
    <Stack gap="md">
      <Text size="sm">{t('unsubscribe.intro', { edition, region })}</Text>

      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('unsubscribe.lostTitle')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            {t('unsubscribe.lost.edition', {
              edition,
              billing: t(`billingModes.${sub.billingMode}`),
            })}
          </List.Item>
          {sub.quota !== null && (
            <List.Item>{t('unsubscribe.lost.quota', { count: sub.quota })}</List.Item>
          )}
          {sub.packs.map((line) => (
            <List.Item key={line.pack}>
              {t('unsubscribe.lost.pack', {
                pack: tp(`packs.${line.pack}`),
                quantity: line.quantity,
              })}
            </List.Item>
          ))}
          {sub.autoRenew && <List.Item>{t('unsubscribe.lost.autoRenew')}</List.Item>}
          {retained.length > 0 && (
            <List.Item>
              {t('unsubscribe.lost.data')}
              <List size="sm" withPadding spacing={2} mt={4}>
                {retained.map((kind) => (
                  <List.Item key={kind}>
                    {t(`retained.${kind}`, {
                      count: view.retainedData[kind],
                      formatted: formatNumber(view.retainedData[kind], i18n.language),
                    })}
                  </List.Item>
                ))}
              </List>
            </List.Item>
          )}
        </List>
      </Stack>

      <Card p="md">
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('unsubscribe.refundTitle')}
          </Title>
          {quote.isPending && (
            <Stack gap="xs" aria-busy="true">
              <Text size="sm" c="dimmed">
                {t('unsubscribe.refundLoading')}
              </Text>
              <Skeleton height={16} />
            </Stack>
          )}
          {quote.isError && (
            <ErrorFallback
              error={quote.error}
              title={t('unsubscribe.refundError')}
              onRetry={() => void quote.refetch()}
              retrying={quote.isRefetching}
            />
          )}
          {quote.data && (
            <>
              <LineItemsTable
                items={quote.data.items}
                label={t('unsubscribe.refundTitle')}
                verticalSpacing={6}
                absolute
              />
              <Group justify="space-between" align="baseline">
                <Text fw={600}>{t('unsubscribe.refundTotal')}</Text>
                <Text fw={700} fz="lg" aria-live="polite">
                  <Money cents={Math.abs(quote.data.amount)} />
                </Text>
              </Group>
              {quote.data.amount === 0 && (
                <Text size="sm" c="dimmed">
                  {t('unsubscribe.noRefund')}
                </Text>
              )}
            </>
          )}
        </Stack>
      </Card>

      <PaySection
        purchase={purchase}
        body={body}
        region={sub.region}
        reloadedText={t('unsubscribe.reloaded')}
        confirm={
          <Checkbox
            checked={form.values.confirmed}
            onChange={(event) => form.setFieldValue('confirmed', event.currentTarget.checked)}
            label={t('unsubscribe.confirmLabel')}
            error={
              form.errors.confirmed ? <span role="alert">{form.errors.confirmed}</span> : undefined
            }
          />
        }
      />

      <DialogFooter onCancel={onClose} busy={payment.isPending} cancelFocus>
        <Button
          color="red.8"
          onClick={confirm}
          loading={payment.isPending}
          disabled={!quote.data || purchase.payDisabled}
        >
          {t('unsubscribe.confirm')}
        </Button>
      </DialogFooter>
    </Stack>
  );
}
