import { Alert, Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { useAnnounceError } from '@/components/live-announcer';
import { DetailsTable } from '@/components/purchase/details-table';
import { DisclaimerField } from '@/components/purchase/disclaimer-field';
import { OrderResultView } from '@/components/purchase/order-result';
import { PaymentError } from '@/components/purchase/payment-error';
import { isBlocking, purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { PurchaseStepper } from '@/components/purchase/purchase-stepper';
import { QuoteSummary } from '@/components/purchase/quote-summary';
import { StepHeading } from '@/components/purchase/step-heading';
import { useStepFocus } from '@/components/purchase/use-step-focus';
import { WizardActions } from '@/components/purchase/wizard-actions';
import { LoadingSkeleton } from '@/components/query-state';
import type { Catalog, SubscriptionView, UpgradeRequest, Validity } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useLiveQuote, usePayment } from '@/lib/purchase';
import { ConfigureStep } from './configure-step';
import { CurrentConfigStep } from './current-config-step';
import { UpgradeSummary } from './review-step';
import { UpgradeRefusal } from './upgrade-refusal';
import {
  availableMethods,
  buildUpgradeRequest,
  effectiveMethod,
  openingForm,
  isNewPurchase,
  minimumQuota,
  type UpgradeForm,
  type UpgradeMethod,
} from './upgrade-form';

/** Inputs settle for this long before a quote is asked for; the first change after a pause is quoted at once. */
const QUOTE_DEBOUNCE_MS = 150;

export type UpgradeWizardProps = {
  /** the subscription as shown when the wizard started (pinned: its version is what the order expects) */
  view: SubscriptionView;
  catalog: Catalog;
  /** takes the subscription's latest state (after VERSION_CONFLICT) */
  onReload: () => Promise<unknown>;
  reloading: boolean;
};

/** Fields the configure step shows an API refusal beside; any other refusal shows with the price. */
function fieldShown(field: string | undefined, form: UpgradeForm, buy: boolean): boolean {
  if (!field) return false;
  if (field === 'quota') return !(buy && form.billingMode === 'pay-per-use');
  if (field === 'edition') return buy || form.method === 'edition';
  if (field === 'billingMode') return buy;
  if (field.startsWith('validity')) return buy && form.billingMode === 'subscription';
  return field === 'tags' || /^tags\.\d+\.(key|value)$/.test(field);
}

export function UpgradeWizard({ view, catalog, onReload, reloading }: UpgradeWizardProps) {
  const { t } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const { i18n } = useTranslation();
  const sub = view.subscription;
  const buy = isNewPurchase(view);
  const thresholdPercent = catalog.lifecycle.upgradeThresholdPercent;

  // the method lives in the URL (?method=edition|quota): shareable, and Back/Forward move it
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('method');
  const method = effectiveMethod(view, requested);
  const setMethodParam = useCallback(
    (next: UpgradeMethod) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          params.set('method', next);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  useEffect(() => {
    if (method && requested !== method) setMethodParam(method);
  }, [method, requested, setMethodParam]);

  // as the route's loader made them, which asked for their quote before this renders
  const [inputs, setInputs] = useState<Omit<UpgradeForm, 'method'>>(() =>
    openingForm(view, catalog, requested),
  );
  const form: UpgradeForm = { ...inputs, method: method ?? 'quota' };
  const [step, setStep] = useState(0);
  const [accepted, setAccepted] = useState(false);
  const [fixHint, setFixHint] = useState(false);
  const [reloadState, setReloadState] = useState<'idle' | 'done' | 'failed'>('idle');
  const quotaRef = useRef<HTMLInputElement>(null);
  const payment = usePayment();

  const change = (patch: Partial<UpgradeForm>) => {
    if ('quota' in patch) {
      performance.mark('quota-input');
      setQuotaTouched(true);
    }
    setFixHint(false);
    setInputs((previous) => ({ ...previous, ...patch }));
  };
  const [quotaTouched, setQuotaTouched] = useState(false);
  const changeMethod = (next: UpgradeMethod) => {
    setMethodParam(next);
    // an untouched quota follows the method's smallest; a typed one is kept while it is allowed
    const min = minimumQuota(view, next);
    if (!quotaTouched || inputs.quota === '' || inputs.quota < min) {
      setInputs((previous) => ({ ...previous, quota: Math.min(min, catalog.limits.maxQuota) }));
    }
  };

  // the live quote: the body as the inputs make it, debounced, previous price kept while loading
  const body = buildUpgradeRequest(view, form);
  const bodyJson = body ? JSON.stringify(body) : null;
  const [debouncedJson] = useDebouncedValue(bodyJson, QUOTE_DEBOUNCE_MS, { leading: true });
  const debouncedBody = useMemo(
    () => (debouncedJson ? (JSON.parse(debouncedJson) as UpgradeRequest) : null),
    [debouncedJson],
  );
  // not re-quoted while paying or once paid (the refresh after a purchase would price it again)
  const quote = useLiveQuote(debouncedBody, {
    enabled: !payment.isPending && payment.order === undefined,
  });
  const quoteIsCurrent =
    bodyJson !== null && debouncedJson === bodyJson && !quote.isPlaceholderData;
  const quoteReady = quoteIsCurrent && quote.isSuccess;
  const quoteError = quoteIsCurrent && quote.isError ? quote.error : null;
  const quoteErrorField = isApiError(quoteError) ? quoteError.field : undefined;
  const quoteErrorBeside = quoteError !== null && fieldShown(quoteErrorField, form, buy);
  useAnnounceError(quoteErrorBeside ? quoteError : null);

  // the benchmark's mark: a quota (the first one, then each change) has its price on screen
  const markedQuota = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!quote.isSuccess || quote.isPlaceholderData || !debouncedBody) return;
    const quota = debouncedBody.quota;
    if (quota === undefined || quota === markedQuota.current) return;
    markedQuota.current = quota;
    performance.mark('quote-shown', { detail: { quota } });
  }, [quote.isSuccess, quote.isPlaceholderData, debouncedBody]);

  const stepKey = payment.order ? 'result' : step;
  const headingRef = useStepFocus(stepKey);
  const labels = [
    t('steps.current'),
    buy ? t('steps.configureBuy') : t('steps.configure'),
    t('steps.review'),
  ];

  const validityRequestFor = useCallback(
    (validity: Validity) =>
      debouncedBody && debouncedBody.billingMode === 'subscription'
        ? { ...debouncedBody, validity }
        : null,
    [debouncedBody],
  );

  if (payment.order) {
    const next = payment.order.subscription;
    return (
      <>
        <PurchaseStepper labels={labels} active={labels.length} />
        <OrderResultView
          result={payment.order}
          headingRef={headingRef}
          summary={
            <DetailsTable
              rows={[
                { label: tp('details.edition'), value: tc(`editions.${next.edition}`) },
                { label: tp('details.billingMode'), value: tp(`billingModes.${next.billingMode}`) },
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
  if (refusal) return <UpgradeRefusal error={refusal} view={view} />;
  if (!buy && availableMethods(view).length === 0) return <UpgradeRefusal view={view} />;

  // the first quote tells whether the subscription can be upgraded at all: wait for it
  if (step === 0 && quote.isPending && body !== null) return <LoadingSkeleton lines={6} />;

  const errorFor = (field: string) => {
    if (!isApiError(quoteError) || !quoteError.field) return undefined;
    const concerns =
      quoteError.field === field ||
      (field === 'validity' && quoteError.field.startsWith('validity'));
    return concerns ? purchaseErrorMessage(quoteError, tp, { thresholdPercent }) : undefined;
  };
  const generalQuoteError =
    quoteError && !isBlocking(quoteError) && !quoteErrorBeside ? (
      <ErrorFallback
        error={quoteError}
        title={tp('quote.error')}
        onRetry={() => void quote.refetch()}
        retrying={quote.isRefetching}
      />
    ) : undefined;

  const quoteSummary = (
    <QuoteSummary
      quote={quoteError ? undefined : quote.data}
      loading={quote.isPending && body !== null}
      updating={!quoteIsCurrent || quote.isFetching}
      incomplete={body === null}
      error={
        generalQuoteError ??
        (quoteErrorBeside ? (
          <Text size="sm" c="dimmed">
            {t('configure.fixToPrice')}
          </Text>
        ) : undefined)
      }
    />
  );

  const goToReview = () => {
    if (quoteReady) {
      setStep(2);
      return;
    }
    // a refusal beside a field: say so and go there (any other failure shows with the price, with Retry)
    if (quoteErrorBeside) {
      setFixHint(true);
      if (quoteErrorField === 'quota') quotaRef.current?.focus();
    }
  };

  const disclaimerError =
    isApiError(payment.error) && payment.error.code === 'DISCLAIMER_NOT_ACCEPTED'
      ? purchaseErrorMessage(payment.error, tp)
      : undefined;
  const payBody = buildUpgradeRequest(view, form, accepted);
  const pay = () => {
    if (payBody) payment.pay(payBody);
  };
  const reloadLatest = async () => {
    try {
      await onReload();
      payment.clear();
      setReloadState('done');
    } catch {
      setReloadState('failed');
    }
  };

  return (
    <>
      <PurchaseStepper labels={labels} active={step} />

      {step === 0 && (
        <Stack gap="md" maw={880}>
          <StepHeading ref={headingRef}>{t('current.heading')}</StepHeading>
          <CurrentConfigStep view={view} thresholdPercent={thresholdPercent} />
          <WizardActions>
            <Button
              onClick={() => setStep(1)}
              rightSection={<IconArrowRight size={16} aria-hidden />}
            >
              {tp('actions.next')}
            </Button>
          </WizardActions>
        </Stack>
      )}

      {step === 1 && (
        <Stack gap="md">
          <StepHeading ref={headingRef}>
            {buy ? t('configure.headingBuy') : t('configure.heading')}
          </StepHeading>
          <ConfigureStep
            view={view}
            catalog={catalog}
            form={form}
            onChange={change}
            onMethodChange={changeMethod}
            errorFor={errorFor}
            validityRequestFor={validityRequestFor}
            quote={quoteSummary}
            quotaRef={quotaRef}
          />
          {fixHint && quoteError && (
            <Text size="sm" c="red" role="alert">
              {t('configure.fixFirst')}
            </Text>
          )}
          <WizardActions onBack={() => setStep(0)}>
            <Button
              onClick={goToReview}
              loading={body !== null && !quoteReady && !quoteError}
              rightSection={<IconArrowRight size={16} aria-hidden />}
            >
              {tp('actions.next')}
            </Button>
          </WizardActions>
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
          <UpgradeSummary view={view} form={form} quote={quoteReady ? quote.data : undefined} />
          <QuoteSummary
            quote={quoteError ? undefined : quote.data}
            loading={quote.isPending}
            updating={!quoteIsCurrent || quote.isFetching}
            error={
              quoteError ? (
                <Alert color="red" variant="light" role="alert">
                  <Stack gap={4}>
                    <Text size="sm">
                      {purchaseErrorMessage(quoteError, tp, { thresholdPercent })}
                    </Text>
                    <Text size="sm">{t('review.quoteErrorBack')}</Text>
                  </Stack>
                </Alert>
              ) : undefined
            }
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
              onRetry={pay}
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
            <Button size="md" onClick={pay} loading={payment.isPending}>
              {tp('actions.payNow')}
            </Button>
          </WizardActions>
        </Stack>
      )}
    </>
  );
}
