import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Modal,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorFallback } from '@/components/error-fallback';
import { Money } from '@/components/money';
import { lineItemText } from '@/components/purchase/line-item';
import { PaymentError } from '@/components/purchase/payment-error';
import type { RetainedData, SubscriptionView, UnsubscribeRequest } from '@/domain/contract';
import { formatMoney, formatNumber } from '@/lib/format';
import { quoteQueryOptions, usePayment } from '@/lib/purchase';
import { OrderPlaced } from './order-placed';

/** The retained configurations and data, in the order SPEC §1 names them (R3). */
const RETAINED: (keyof RetainedData)[] = [
  'assetGroups',
  'tags',
  'quarantinedFiles',
  'vulnerabilityWhitelist',
  'baselinePolicies',
  'baselineWhitelist',
  'assetFingerprints',
];

export type UnsubscribeDialogProps = {
  opened: boolean;
  /** the row as the customer saw it when they opened the dialog: its version is what the order expects */
  view: SubscriptionView;
  onClose: () => void;
  /** VERSION_CONFLICT: the subscription's latest state */
  onReload: (subscriptionId: string) => Promise<SubscriptionView | undefined>;
};

/**
 * Unsubscribe: a confirmation that names what is lost (edition, quota, packs, auto-renew, the
 * retained configurations and data) and the refund the API quotes; confirming places the
 * unsubscribe order, and the region returns to Basic.
 */
export function UnsubscribeDialog({ opened, view, onClose, onReload }: UnsubscribeDialogProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('unsubscribe.title', { region: tc(`regions.${view.subscription.region}`) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialog.closeDialog') }}
    >
      <UnsubscribeForm view={view} onClose={onClose} onReload={onReload} />
    </Modal>
  );
}

function UnsubscribeForm({
  view: openedWith,
  onClose,
  onReload,
}: Omit<UnsubscribeDialogProps, 'opened'>) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const [view, setView] = useState(openedWith);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [reloadState, setReloadState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const payment = usePayment();
  const sub = view.subscription;
  const region = tc(`regions.${sub.region}`);
  const edition = tc(`editions.${sub.edition}`);
  const body: UnsubscribeRequest = {
    type: 'unsubscribe',
    subscriptionId: sub.id,
    expectedVersion: sub.version,
  };
  const quote = useQuery(quoteQueryOptions(body));

  if (payment.order) {
    const placed = payment.order.order;
    return (
      <OrderPlaced order={placed} title={t('unsubscribe.doneTitle')} onClose={onClose}>
        {t('unsubscribe.done', {
          region,
          amount: formatMoney(Math.abs(placed.amount), i18n.language),
        })}
      </OrderPlaced>
    );
  }

  const reload = async () => {
    setReloadState('busy');
    try {
      const latest = await onReload(sub.id);
      if (!latest) throw new Error('not found');
      setView(latest);
      payment.clear();
      setReloadState('done');
    } catch {
      setReloadState('failed');
    }
  };

  const confirm = () => {
    if (!confirmed) {
      setConfirmMissing(true);
      return;
    }
    payment.pay(body);
  };

  const retained = RETAINED.filter((kind) => view.retainedData[kind] > 0);

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
              <Table verticalSpacing={6} aria-label={t('unsubscribe.refundTitle')}>
                <Table.Tbody>
                  {quote.data.items.map((item, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>{lineItemText(item, tp, tc, i18n.language)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <Money cents={Math.abs(item.amount)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
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

      {reloadState === 'done' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t('unsubscribe.reloaded')}
        </Alert>
      )}
      {reloadState === 'failed' && (
        <Alert color="red" variant="light" role="alert">
          {tp('payment.reloadFailed')}
        </Alert>
      )}

      <Checkbox
        checked={confirmed}
        onChange={(event) => {
          setConfirmed(event.currentTarget.checked);
          if (event.currentTarget.checked) setConfirmMissing(false);
        }}
        label={t('unsubscribe.confirmLabel')}
        error={
          confirmMissing ? <span role="alert">{t('unsubscribe.confirmMissing')}</span> : undefined
        }
      />

      {payment.error && (
        <PaymentError
          error={payment.error}
          region={sub.region}
          onRetry={() => payment.pay(body)}
          onReload={() => void reload()}
          onNewAttempt={payment.clear}
          busy={payment.isPending || reloadState === 'busy'}
        />
      )}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={payment.isPending} data-autofocus>
          {t('dialog.cancel')}
        </Button>
        <Button color="red.8" onClick={confirm} loading={payment.isPending} disabled={!quote.data}>
          {t('unsubscribe.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
