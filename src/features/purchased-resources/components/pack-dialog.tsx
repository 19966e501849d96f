import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorFallback } from '@/components/error-fallback';
import { DisclaimerField } from '@/components/purchase/disclaimer-field';
import { PaymentError } from '@/components/purchase/payment-error';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { QuoteSummary } from '@/components/purchase/quote-summary';
import type { Catalog, PackRequest, SubscriptionView } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatMoney } from '@/lib/format';
import { useLiveQuote, usePayment } from '@/lib/purchase';
import { OrderPlaced } from './order-placed';

type PackId = Catalog['packs'][number]['id'];

export type PackDialogProps = {
  opened: boolean;
  /** the row as the customer saw it when they opened the dialog: its version is what the order expects */
  view: SubscriptionView;
  catalog: Catalog;
  onClose: () => void;
  /** VERSION_CONFLICT: the subscription's latest state */
  onReload: (subscriptionId: string) => Promise<SubscriptionView | undefined>;
};

/**
 * Buy Value-add Pack (R16): a pack from the catalog, a quantity within its limits, a live quote
 * from the API (pro rata for the days left), the Disclaimer (R13) and Pay Now — one
 * Idempotency-Key per attempt, kept across retries of it (`usePayment`).
 */
export function PackDialog({ opened, view, catalog, onClose, onReload }: PackDialogProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pack.title', { region: tc(`regions.${view.subscription.region}`) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialog.closeDialog') }}
    >
      <PackForm view={view} catalog={catalog} onClose={onClose} onReload={onReload} />
    </Modal>
  );
}

function PackForm({
  view: openedWith,
  catalog,
  onClose,
  onReload,
}: Omit<PackDialogProps, 'opened'>) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const [view, setView] = useState(openedWith);
  const sub = view.subscription;
  const { minPackQuantity: min, maxPackQuantity: max } = catalog.limits;
  const [pack, setPack] = useState<PackId | null>(catalog.packs[0]?.id ?? null);
  const [quantity, setQuantity] = useState<number | ''>(min);
  const [debouncedQuantity] = useDebouncedValue(quantity, 300);
  const [accepted, setAccepted] = useState(false);
  const [reloadState, setReloadState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const payment = usePayment();

  const request = (count: number | '', disclaimerAccepted: boolean): PackRequest | null =>
    pack === null || count === ''
      ? null
      : {
          type: 'value-added-pack',
          subscriptionId: sub.id,
          expectedVersion: sub.version,
          disclaimerAccepted,
          pack,
          quantity: count,
        };
  const quote = useLiveQuote(request(debouncedQuantity, false));
  // the price on screen is the one of the inputs on screen
  const priced =
    quote.data !== undefined &&
    !quote.isPlaceholderData &&
    !quote.isError &&
    debouncedQuantity === quantity;

  if (payment.order) {
    const placed = payment.order.order;
    return (
      <OrderPlaced order={placed} title={tp('result.title')} onClose={onClose}>
        {t('pack.paid', {
          pack: tp(`packs.${pack ?? 'log-storage-100gb'}`),
          quantity: quantity === '' ? 0 : quantity,
          region: tc(`regions.${sub.region}`),
          amount: formatMoney(placed.amount, i18n.language),
        })}
      </OrderPlaced>
    );
  }

  const errorFor = (field: string) => {
    for (const error of [payment.error, quote.error]) {
      if (isApiError(error) && error.field === field) return purchaseErrorMessage(error, tp);
    }
    return undefined;
  };
  const quantityError = errorFor('quantity');
  const packError = errorFor('pack');
  const disclaimerError = errorFor('disclaimerAccepted');
  // a refusal that concerns a field is shown beside it; any other failure takes the price's place
  const quoteError = quote.isError && !quantityError && !packError;

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

  const pay = () => {
    const body = request(quantity, accepted);
    if (body) payment.pay(body);
  };

  const held = sub.packs.filter((line) => line.quantity > 0);

  return (
    <Stack gap="md">
      <Text size="sm">
        {sub.expiresAt
          ? t('pack.intro', {
              edition: tc(`editions.${sub.edition}`),
              date: formatDate(sub.expiresAt, i18n.language),
            })
          : t('pack.introNoExpiry')}
      </Text>
      {held.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('pack.held', {
            packs: held
              .map((line) => `${tp(`packs.${line.pack}`)} × ${line.quantity}`)
              .join(t('listSeparator')),
          })}
        </Text>
      )}
      <Select
        label={t('pack.pack')}
        data={catalog.packs.map((option) => ({
          value: option.id,
          label: t('pack.option', {
            name: tp(`packs.${option.id}`),
            price: formatMoney(option.monthlyPrice, i18n.language),
          }),
        }))}
        value={pack}
        onChange={(value) => setPack(value)}
        allowDeselect={false}
        error={packError}
        comboboxProps={{ withinPortal: true }}
      />
      <NumberInput
        label={t('pack.quantity')}
        description={t('pack.quantityHint', { min, max })}
        value={quantity}
        onChange={(value) => setQuantity(typeof value === 'number' ? value : '')}
        min={min}
        max={max}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="blur"
        error={quantityError}
        w={{ base: '100%', xs: 200 }}
      />
      <QuoteSummary
        quote={quote.data}
        loading={quote.isPending}
        updating={quote.isFetching || debouncedQuantity !== quantity}
        incomplete={pack === null || quantity === ''}
        error={
          quoteError ? (
            <ErrorFallback
              error={quote.error}
              title={tp('quote.error')}
              onRetry={() => void quote.refetch()}
              retrying={quote.isRefetching}
            />
          ) : undefined
        }
      />
      {reloadState === 'done' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {tp('payment.reloaded')}
        </Alert>
      )}
      {reloadState === 'failed' && (
        <Alert color="red" variant="light" role="alert">
          {tp('payment.reloadFailed')}
        </Alert>
      )}
      <DisclaimerField checked={accepted} onChange={setAccepted} error={disclaimerError} />
      {payment.error && !disclaimerError && !quantityError && !packError && (
        <PaymentError
          error={payment.error}
          region={sub.region}
          onRetry={pay}
          onReload={() => void reload()}
          onNewAttempt={payment.clear}
          busy={payment.isPending || reloadState === 'busy'}
        />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={payment.isPending}>
          {t('dialog.cancel')}
        </Button>
        <Button onClick={pay} loading={payment.isPending} disabled={!priced}>
          {tp('actions.payNow')}
        </Button>
      </Group>
    </Stack>
  );
}
