import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EditionBadge } from '@/components/edition-badge';
import { ErrorFallback } from '@/components/error-fallback';
import { DetailsTable } from '@/components/purchase/details-table';
import { validityText } from '@/components/purchase/line-item';
import { PayingRequestNotice } from '@/components/purchase/paying-request';
import { usePayingRequestId, withPurchaseRequest } from '@/components/purchase/paying-request-id';
import { PayStep } from '@/components/purchase/pay-step';
import { QuoteDocumentPanel } from '@/components/purchase/quote-document-panel';
import { isBlocking, purchaseErrorMessage } from '@/components/purchase/purchase-error';
import type { PurchaseWizardInput } from '@/components/purchase/purchase-page';
import { PurchaseWizard } from '@/components/purchase/purchase-wizard';
import { QuoteSummary } from '@/components/purchase/quote-summary';
import { useOrderForm, useWizardDraft } from '@/components/purchase/use-order-form';
import { usePurchase } from '@/components/purchase/use-purchase';
import { ValidityPicker } from '@/components/purchase/validity-picker';
import { NextButton, WizardActions, WizardStep } from '@/components/purchase/wizard-actions';
import type { Validity } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { quoteQueryOptions } from '@/lib/quote';
import { QUOTE_PARAM, useReopenedQuote } from '@/lib/quote-documents';
import { RenewDetailsStep } from './renew-details-step';
import { RenewRefusal } from './renew-refusal';
import { openingRenewal, renewRequest } from './renew-request';

const STEPS = ['details', 'validity', 'review'] as const;

export function RenewWizard({ view, catalog, onReload }: PurchaseWizardInput) {
  const { t, i18n } = useTranslation('renew');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  // the term of the renewal the route's loader priced before this renders, or the draft's
  const draft = `renew:${sub.id}`;
  const form = useOrderForm(
    { validity: openingRenewal(view, catalog).validity, disclaimerAccepted: false },
    undefined,
    draft,
  );
  const { validity, disclaimerAccepted } = form.values;
  const purchase = usePurchase(onReload);
  const { payment } = purchase;
  const [step, setStep] = useWizardDraft(draft, form.values, {
    steps: STEPS.length,
    done: purchase.order !== undefined,
  });
  const thresholdPercent = catalog.lifecycle.upgradeThresholdPercent;
  const requestFor = (v: Validity) => renewRequest(view, v);
  // issue 24: reopened from a quote document (`?quote=`)
  const [search] = useSearchParams();
  const body = renewRequest(view, validity, disclaimerAccepted);
  const reopened = useReopenedQuote(search.get(QUOTE_PARAM), body, sub);
  const payingRequest = usePayingRequestId();

  // the selected option's quote; on load it is also the probe that finds a refusal up front
  const quote = useQuery({
    ...quoteQueryOptions(requestFor(validity)),
    // not re-quoted while paying or once paid (the refresh after a purchase would price it again)
    enabled: !payment.isPending && purchase.order === undefined,
  });
  const refusal = [payment.error, quote.error].find(isBlocking);

  const quoteError =
    quote.isError && !isBlocking(quote.error) ? (
      <ErrorFallback
        error={quote.error}
        title={tp('quote.error')}
        onRetry={() => void quote.refetch()}
        retrying={quote.isRefetching}
      />
    ) : undefined;
  const validityFieldError =
    isApiError(quote.error) && quote.error.field?.startsWith('validity')
      ? purchaseErrorMessage(quote.error, tp)
      : undefined;
  const next = (
    <NextButton
      onClick={() => setStep((s) => s + 1)}
      loading={step === 1 && quote.isFetching && !quote.data}
      disabled={step === 1 && !quote.data}
    />
  );

  return (
    <PurchaseWizard
      labels={STEPS.map((s) => t(`steps.${s}`))}
      step={step}
      order={purchase.order}
      resultFields={['edition', 'quota', 'expiresAt']}
      refusal={
        refusal && <RenewRefusal error={refusal} view={view} thresholdPercent={thresholdPercent} />
      }
      // the first quote tells whether the subscription can be renewed at all: wait for it
      waiting={step === 0 && quote.isPending}
    >
      {(headingRef) => (
        <>
          {step === 0 && (
            <WizardStep heading={t('details.heading')} headingRef={headingRef}>
              <RenewDetailsStep view={view} />
              <WizardActions>{next}</WizardActions>
            </WizardStep>
          )}
          {step === 1 && (
            <WizardStep heading={t('validity.heading')} headingRef={headingRef} wide>
              <ValidityPicker
                options={catalog.validity}
                value={validity}
                onChange={(v) => form.setFieldValue('validity', v)}
                requestFor={requestFor}
                label={t('validity.label')}
                description={t('validity.description', {
                  quota: sub.quota ?? 0,
                  edition: tc(`editions.${sub.edition}`),
                })}
                error={validityFieldError}
              />
              {!validityFieldError && quoteError}
              <WizardActions onBack={() => setStep(0)}>{next}</WizardActions>
            </WizardStep>
          )}
          {step === 2 && (
            <PayStep
              headingRef={headingRef}
              summary={
                <DetailsTable
                  label={t('review.summary')}
                  rows={[
                    { label: tp('details.subscriptionId'), value: sub.id },
                    { label: tp('details.region'), value: tc(`regions.${sub.region}`) },
                    { label: tp('details.edition'), value: <EditionBadge edition={sub.edition} /> },
                    {
                      label: tp('details.quota'),
                      value: tp('details.assets', { count: sub.quota ?? 0 }),
                    },
                    { label: tp('details.validity'), value: validityText(validity, tp) },
                    {
                      label: tp('details.currentExpiry'),
                      value: sub.expiresAt ? formatDate(sub.expiresAt, i18n.language) : '—',
                    },
                    {
                      label: tp('details.newExpiry'),
                      value: quote.data?.newExpiresAt
                        ? formatDate(quote.data.newExpiresAt, i18n.language)
                        : '—',
                    },
                  ]}
                />
              }
              quote={
                <QuoteSummary
                  quote={quote.data}
                  loading={quote.isPending}
                  updating={quote.isFetching && !quote.isPending}
                  error={quoteError}
                />
              }
              aside={<QuoteDocumentPanel body={body} reopened={reopened} />}
              purchase={purchase}
              body={withPurchaseRequest(reopened.body, payingRequest)}
              notice={
                payingRequest && (
                  <PayingRequestNotice id={payingRequest} amount={quote.data?.amount} />
                )
              }
              region={sub.region}
              accepted={disclaimerAccepted}
              onAcceptedChange={(checked) => form.setFieldValue('disclaimerAccepted', checked)}
              thresholdPercent={thresholdPercent}
              onBack={() => setStep(1)}
            />
          )}
        </>
      )}
    </PurchaseWizard>
  );
}
