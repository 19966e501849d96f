import { Alert, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
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
import { NextButton, WizardActions, WizardStep } from '@/components/purchase/wizard-actions';
import { QUOTE_PARAM, useReopenedQuote } from '@/lib/quote-documents';
import { ConfigureStep } from './configure-step';
import { CurrentConfigStep } from './current-config-step';
import { UpgradeSummary } from './review-step';
import { UpgradeRefusal } from './upgrade-refusal';
import {
  availableMethods,
  buildUpgradeRequest,
  isNewPurchase,
  openingForm,
  openingQuota,
  quotaRange,
  type UpgradeForm,
  type UpgradeMethod,
} from './upgrade-form';
import { useUpgradeMethod } from './use-upgrade-method';
import { useUpgradeQuote } from './use-upgrade-quote';

/**
 * The Upgrade wizard: the current configuration → the upgrade (method, version, quota,
 * tags; from Basic a new purchase) with its live price → review, Disclaimer, Pay Now → result.
 */
export function UpgradeWizard({ view, catalog, onReload }: PurchaseWizardInput) {
  const { t } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const buy = isNewPurchase(view);
  const thresholdPercent = catalog.lifecycle.upgradeThresholdPercent;
  const { method, requested, setMethod } = useUpgradeMethod(view);
  const payingRequest = usePayingRequestId();
  // as the route's loader made them, which asked for their quote before this renders, or the
  // draft's (the method is in the URL)
  const draft = `upgrade:${view.subscription.id}`;
  const inputs = useOrderForm(
    { ...openingForm(view, catalog, requested), disclaimerAccepted: false },
    undefined,
    draft,
  );
  const form: UpgradeForm = { ...inputs.values, method: method ?? 'quota' };
  const [fixHint, setFixHint] = useState(false);
  const quotaRef = useRef<HTMLInputElement>(null);
  const purchase = usePurchase(onReload);
  const { payment } = purchase;
  const [step, setStep] = useWizardDraft(draft, inputs.values, {
    steps: 3,
    done: purchase.order !== undefined,
  });
  const quote = useUpgradeQuote(view, form, {
    enabled: !payment.isPending && purchase.order === undefined,
    thresholdPercent,
  });

  const change = (patch: Partial<UpgradeForm>) => {
    if ('quota' in patch) performance.mark('quota-input');
    setFixHint(false);
    for (const [key, value] of Object.entries(patch))
      inputs.setFieldValue(key as keyof typeof inputs.values, value);
  };
  const changeMethod = (next: UpgradeMethod) => {
    setMethod(next);
    // an untouched quota follows the method's smallest; a typed one is kept while it is allowed
    const range = quotaRange(view, next);
    const typed = inputs.values.quota;
    if (!inputs.isTouched('quota') || typed === '' || (range && typed < range.min))
      inputs.setValues({ quota: openingQuota(view, next) });
  };

  const goToReview = () => {
    if (quote.ready) return setStep(2);
    // a refusal beside a field: say so and go there (any other failure shows with the price, with Retry)
    if (quote.beside) {
      setFixHint(true);
      if (quote.errorField === 'quota') quotaRef.current?.focus();
    }
  };

  // issue 24: reopened from a quote document (`?quote=`)
  const [search] = useSearchParams();
  const body = buildUpgradeRequest(view, form, inputs.values.disclaimerAccepted);
  const reopened = useReopenedQuote(search.get(QUOTE_PARAM), body, view.subscription);

  const refused = [payment.error, quote.quote.error].find(isBlocking);
  const nothingToUpgrade = !buy && availableMethods(view).length === 0;
  const general =
    quote.error && !isBlocking(quote.error) && !quote.beside ? (
      <ErrorFallback
        error={quote.error}
        title={tp('quote.error')}
        onRetry={() => void quote.quote.refetch()}
        retrying={quote.quote.isRefetching}
      />
    ) : undefined;
  const price = quote.error ? undefined : quote.quote.data;

  return (
    <PurchaseWizard
      labels={[
        t('steps.current'),
        buy ? t('steps.configureBuy') : t('steps.configure'),
        t('steps.review'),
      ]}
      step={step}
      order={purchase.order}
      resultFields={['edition', 'billingMode', 'quota', 'expiresAt']}
      refusal={(refused || nothingToUpgrade) && <UpgradeRefusal error={refused} view={view} />}
      // the first quote tells whether the subscription can be upgraded at all: wait for it
      waiting={step === 0 && quote.quote.isPending && !quote.incomplete}
    >
      {(headingRef) => (
        <>
          {step === 0 && (
            <WizardStep heading={t('current.heading')} headingRef={headingRef}>
              <CurrentConfigStep view={view} thresholdPercent={thresholdPercent} />
              <WizardActions>
                <NextButton onClick={() => setStep(1)} />
              </WizardActions>
            </WizardStep>
          )}
          {step === 1 && (
            <WizardStep
              heading={buy ? t('configure.headingBuy') : t('configure.heading')}
              headingRef={headingRef}
              wide
            >
              <ConfigureStep
                view={view}
                catalog={catalog}
                form={form}
                onChange={change}
                onMethodChange={changeMethod}
                errorFor={quote.errorFor}
                validityRequestFor={(validity) =>
                  quote.settled?.billingMode === 'subscription'
                    ? { ...quote.settled, validity }
                    : null
                }
                quote={
                  <QuoteSummary
                    quote={price}
                    loading={quote.quote.isPending && !quote.incomplete}
                    updating={quote.updating}
                    incomplete={quote.incomplete}
                    error={
                      general ??
                      (quote.beside ? (
                        <Text size="sm" c="dimmed">
                          {t('configure.fixToPrice')}
                        </Text>
                      ) : undefined)
                    }
                  />
                }
                quotaRef={quotaRef}
              />
              {fixHint && quote.error && (
                <Text size="sm" c="red" role="alert">
                  {t('configure.fixFirst')}
                </Text>
              )}
              <WizardActions onBack={() => setStep(0)}>
                <NextButton
                  onClick={goToReview}
                  loading={!quote.incomplete && !quote.ready && !quote.error}
                />
              </WizardActions>
            </WizardStep>
          )}
          {step === 2 && (
            <PayStep
              headingRef={headingRef}
              summary={
                <UpgradeSummary
                  view={view}
                  form={form}
                  quote={quote.ready ? quote.quote.data : undefined}
                />
              }
              quote={
                <QuoteSummary
                  quote={price}
                  loading={quote.quote.isPending}
                  updating={quote.updating}
                  error={
                    quote.error ? (
                      <Alert color="red" variant="light" role="alert">
                        <Stack gap={4}>
                          <Text size="sm">
                            {purchaseErrorMessage(quote.error, tp, { thresholdPercent })}
                          </Text>
                          <Text size="sm">{t('review.quoteErrorBack')}</Text>
                        </Stack>
                      </Alert>
                    ) : undefined
                  }
                />
              }
              aside={<QuoteDocumentPanel body={body} reopened={reopened} />}
              purchase={purchase}
              body={withPurchaseRequest(reopened.body, payingRequest)}
              notice={
                payingRequest && <PayingRequestNotice id={payingRequest} amount={price?.amount} />
              }
              region={view.subscription.region}
              accepted={inputs.values.disclaimerAccepted}
              onAcceptedChange={(checked) => inputs.setFieldValue('disclaimerAccepted', checked)}
              thresholdPercent={thresholdPercent}
              onBack={() => setStep(1)}
            />
          )}
        </>
      )}
    </PurchaseWizard>
  );
}
