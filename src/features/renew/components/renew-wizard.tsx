import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditionBadge } from '@/components/edition-badge';
import { ErrorFallback } from '@/components/error-fallback';
import { DetailsTable } from '@/components/purchase/details-table';
import { DisclaimerField } from '@/components/purchase/disclaimer-field';
import { validityText } from '@/components/purchase/line-item';
import { OrderResultView } from '@/components/purchase/order-result';
import { PaymentError } from '@/components/purchase/payment-error';
import { isBlocking, purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { PurchaseStepper } from '@/components/purchase/purchase-stepper';
import { QuoteSummary } from '@/components/purchase/quote-summary';
import { StepHeading } from '@/components/purchase/step-heading';
import { useStepFocus } from '@/components/purchase/use-step-focus';
import { ValidityPicker } from '@/components/purchase/validity-picker';
import { WizardActions } from '@/components/purchase/wizard-actions';
import { LoadingSkeleton } from '@/components/query-state';
import type { Catalog, RenewRequest, SubscriptionView, Validity } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { quoteQueryOptions, usePayment } from '@/lib/purchase';
import { RenewDetailsStep } from './renew-details-step';
import { RenewRefusal } from './renew-refusal';
import { openingRenewal, renewRequest } from './renew-request';

const STEPS = ['details', 'validity', 'review'] as const;

export type RenewWizardProps = {
  /** the subscription as shown when the wizard started (pinned: its version is what the order expects) */
  view: SubscriptionView;
  catalog: Catalog;
  /** takes the subscription's latest state (after VERSION_CONFLICT) */
  onReload: () => Promise<unknown>;
  reloading: boolean;
};

export function RenewWizard({ view, catalog, onReload, reloading }: RenewWizardProps) {
  const { t, i18n } = useTranslation('renew');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const sub = view.subscription;
  const [step, setStep] = useState(0);
  // the term of the renewal the route's loader priced before this renders
  const [validity, setValidity] = useState<Validity>(() => openingRenewal(view, catalog).validity);
  const [accepted, setAccepted] = useState(false);
  const [reloadState, setReloadState] = useState<'idle' | 'done' | 'failed'>('idle');
  const payment = usePayment();
  const thresholdPercent = catalog.lifecycle.upgradeThresholdPercent;

  const requestFor = useCallback(
    (v: Validity, disclaimerAccepted = false): RenewRequest =>
      renewRequest(view, v, disclaimerAccepted),
    [view],
  );
  // the selected option's quote; on load it is also the probe that finds a refusal up front
  const quote = useQuery({
    ...quoteQueryOptions(requestFor(validity)),
    // not re-quoted while paying or once paid (the refresh after a purchase would price it again)
    enabled: !payment.isPending && payment.order === undefined,
  });

  const stepKey = payment.order ? 'result' : step;
  const headingRef = useStepFocus(stepKey);
  const labels = STEPS.map((s) => t(`steps.${s}`));

  if (payment.order) {
    const next = payment.order.subscription;
    return (
      <>
        <PurchaseStepper labels={labels} active={STEPS.length} />
        <OrderResultView
          result={payment.order}
          headingRef={headingRef}
          summary={
            <DetailsTable
              rows={[
                { label: tp('details.edition'), value: tc(`editions.${next.edition}`) },
                { label: tp('details.quota'), value: next.quota ?? tp('details.noQuota') },
                {
                  label: tp('details.expiresAt'),
                  value: next.expiresAt
                    ? formatDate(next.expiresAt, i18n.language)
                    : tp('details.noExpiry'),
                },
              ]}
            />
          }
        />
      </>
    );
  }

  const refusal = [payment.error, quote.error].find(isBlocking);
  if (refusal)
    return <RenewRefusal error={refusal} view={view} thresholdPercent={thresholdPercent} />;

  // the first quote tells whether the subscription can be renewed at all: wait for it
  if (step === 0 && quote.isPending) return <LoadingSkeleton lines={6} />;

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

  const disclaimerError =
    isApiError(payment.error) && payment.error.code === 'DISCLAIMER_NOT_ACCEPTED'
      ? purchaseErrorMessage(payment.error, tp)
      : undefined;

  const reloadLatest = async () => {
    try {
      await onReload();
      payment.clear();
      setReloadState('done');
    } catch {
      setReloadState('failed');
    }
  };

  const next = (
    <Button
      onClick={() => setStep((s) => s + 1)}
      rightSection={<IconArrowRight size={16} aria-hidden />}
      loading={step === 1 && quote.isFetching && !quote.data}
      disabled={step === 1 && !quote.data}
    >
      {tp('actions.next')}
    </Button>
  );

  return (
    <>
      <PurchaseStepper labels={labels} active={step} />

      {step === 0 && (
        <Stack gap="md" maw={880}>
          <StepHeading ref={headingRef}>{t('details.heading')}</StepHeading>
          <RenewDetailsStep view={view} />
          <WizardActions>{next}</WizardActions>
        </Stack>
      )}

      {step === 1 && (
        <Stack gap="md">
          <StepHeading ref={headingRef}>{t('validity.heading')}</StepHeading>
          <ValidityPicker
            options={catalog.validity}
            value={validity}
            onChange={setValidity}
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
        </Stack>
      )}

      {step === 2 && (
        <Stack gap="lg" maw={880}>
          <StepHeading ref={headingRef}>{t('review.heading')}</StepHeading>
          <Text size="sm" c="dimmed" mt={-8}>
            {t('review.intro')}
          </Text>
          {reloadState === 'done' && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
              {tp('payment.reloaded')}
            </Alert>
          )}
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
          <QuoteSummary
            quote={quote.data}
            loading={quote.isPending}
            updating={quote.isFetching && !quote.isPending}
            error={quoteError}
          />
          <DisclaimerField
            checked={accepted}
            onChange={(checked) => {
              setAccepted(checked);
              if (disclaimerError) payment.clear();
            }}
            error={disclaimerError}
          />
          {payment.error && !disclaimerError && (
            <PaymentError
              error={payment.error}
              region={sub.region}
              onRetry={() => payment.pay(requestFor(validity, accepted))}
              onReload={() => void reloadLatest()}
              onNewAttempt={payment.clear}
              busy={payment.isPending || reloading}
              thresholdPercent={thresholdPercent}
            />
          )}
          {reloadState === 'failed' && (
            <Alert color="red" variant="light" role="alert">
              {tp('payment.reloadFailed')}
            </Alert>
          )}
          <WizardActions
            onBack={() => {
              // a refusal of this attempt does not follow the customer back to change it
              payment.clear();
              setStep(1);
            }}
            backDisabled={payment.isPending}
          >
            <Button
              size="md"
              onClick={() => payment.pay(requestFor(validity, accepted))}
              loading={payment.isPending}
            >
              {tp('actions.payNow')}
            </Button>
          </WizardActions>
        </Stack>
      )}
    </>
  );
}
