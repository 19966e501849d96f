import { Button, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorFallback } from '@/components/error-fallback';
import { PaySection } from '@/components/purchase/pay-section';
import { QuoteDocumentPanel } from '@/components/purchase/quote-document-panel';
import { PayingRequestNotice } from '@/components/purchase/paying-request';
import { withPurchaseRequest } from '@/components/purchase/paying-request-id';
import { DialogFooter } from '@/components/purchase/purchase-dialog';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { QuoteSummary } from '@/components/purchase/quote-summary';
import { useFormQuote } from '@/components/purchase/use-form-quote';
import { useKeptDraft, useOrderForm } from '@/components/purchase/use-order-form';
import { usePurchase } from '@/components/purchase/use-purchase';
import { PackRequestSchema, type Catalog, type PackRequest } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { z } from '@/domain/zod';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatMoney } from '@/lib/format';
import { packDraftKey } from '@/lib/purchase-request-draft';
import { useReopenedQuote } from '@/lib/quote-documents';
import { OrderPlaced } from './order-placed';
import type { DialogBodyProps } from './resource-dialog';

/** the dialog's inputs are the order's own fields, checked with the contract's schema for them */
type PackId = Catalog['packs'][number]['id'];

const PackFormSchema = z.pick(PackRequestSchema, {
  pack: true,
  quantity: true,
  disclaimerAccepted: true,
});

/**
 * Buy Value-add Pack (R16): a pack from the catalog, a quantity within its limits, a live quote
 * from the API (pro rata for the days left), the Disclaimer (R13) and Pay Now — one
 * Idempotency-Key per attempt, kept across retries of it (`usePayment`).
 */
export function PackForm({
  view: openedWith,
  catalog,
  onClose,
  onReload,
  quote,
  payingRequest,
}: DialogBodyProps & {
  catalog: Catalog;
  quote?: QuoteDocument | undefined;
  payingRequest?: string;
}) {
  const { t, i18n } = useTranslation('purchased-resources');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const [view, setView] = useState(openedWith);
  const sub = view.subscription;
  const draft = packDraftKey(sub.id);
  const { minPackQuantity: min, maxPackQuantity: max } = catalog.limits;
  const form = useOrderForm<{
    pack: Catalog['packs'][number]['id'] | null;
    quantity: number | '';
    disclaimerAccepted: boolean;
  }>(
    quote?.order.type === 'value-added-pack'
      ? {
          pack: quote.order.pack as PackId,
          quantity: quote.order.quantity,
          disclaimerAccepted: false,
        }
      : { pack: catalog.packs[0]?.id ?? null, quantity: min, disclaimerAccepted: false },
    PackFormSchema,
    // the choices kept when the session ended with the dialog open, or the ones "Review and
    // pay" left for a purchase request (issue 24)
    draft,
  );
  const { pack, quantity, disclaimerAccepted } = form.values;
  const purchase = usePurchase(() => onReload(sub.id), setView, {
    type: 'value-added-pack',
    subscriptionId: sub.id,
  });
  const { payment } = purchase;
  useKeptDraft(draft, form.values, purchase.order !== undefined);

  const request = (accepted: boolean): PackRequest | null =>
    form.isValid() && pack !== null && quantity !== ''
      ? {
          type: 'value-added-pack',
          subscriptionId: sub.id,
          expectedVersion: sub.version,
          disclaimerAccepted: accepted,
          pack,
          quantity,
        }
      : null;
  // issue 24: Download quote, and the reopened quote's comparison; Pay Now sends its quoteId
  const reopened = useReopenedQuote(quote?.id ?? null, request(disclaimerAccepted), sub);
  const live = useFormQuote(request(false), {
    delayMs: 300,
    enabled: !payment.isPending && purchase.order === undefined,
  });

  if (purchase.order) {
    const placed = purchase.order.order;
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

  // a refusal that concerns a field is shown beside it; any other failure takes the price's place
  const errorFor = (field: string) => {
    for (const error of [payment.error, live.quote.error]) {
      if (isApiError(error) && error.field === field) return purchaseErrorMessage(error, tp);
    }
    return undefined;
  };
  const quantityError = errorFor('quantity');
  const packError = errorFor('pack');
  const held = sub.packs.filter((line) => line.quantity > 0);
  const body = withPurchaseRequest(reopened.body, payingRequest);

  return (
    <Stack gap="md">
      {payingRequest && <PayingRequestNotice id={payingRequest} amount={live.quote.data?.amount} />}
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
        {...form.getInputProps('pack')}
        allowDeselect={false}
        error={packError}
        comboboxProps={{ withinPortal: true }}
      />
      <NumberInput
        label={t('pack.quantity')}
        description={t('pack.quantityHint', { min, max })}
        {...form.getInputProps('quantity')}
        min={min}
        max={max}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="blur"
        error={quantityError}
        w={{ base: '100%', xs: 200 }}
      />
      <QuoteSummary
        quote={live.quote.data}
        loading={live.quote.isPending}
        updating={live.updating}
        incomplete={live.incomplete}
        error={
          live.quote.isError && !quantityError && !packError ? (
            <ErrorFallback
              error={live.quote.error}
              title={tp('quote.error')}
              onRetry={() => void live.quote.refetch()}
              retrying={live.quote.isRefetching}
            />
          ) : undefined
        }
      />
      <QuoteDocumentPanel body={live.ready ? request(false) : null} reopened={reopened} />
      <PaySection
        purchase={purchase}
        body={body}
        region={sub.region}
        accepted={disclaimerAccepted}
        onAcceptedChange={(checked) => form.setFieldValue('disclaimerAccepted', checked)}
        errorShownBeside={Boolean(quantityError || packError)}
      />
      <DialogFooter onCancel={onClose} busy={payment.isPending}>
        <Button
          onClick={() => body && payment.pay(body)}
          loading={payment.isPending}
          disabled={!live.ready || purchase.payDisabled}
        >
          {tp('actions.payNow')}
        </Button>
      </DialogFooter>
    </Stack>
  );
}
