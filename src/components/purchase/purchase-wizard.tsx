import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingSkeleton } from '@/components/query-state';
import type { OrderResult, Subscription } from '@/domain/contract';
import { formatDate } from '@/lib/format';
import { DetailsTable } from './details-table';
import { OrderResultView } from './order-result';
import { PurchaseStepper } from './purchase-stepper';
import { useStepFocus } from './use-step-focus';

/** What the result page says the subscription is now (R15). */
export type ResultField = 'edition' | 'billingMode' | 'quota' | 'expiresAt';

export type PurchaseWizardProps = {
  /** the steps' names, in order */
  labels: string[];
  step: number;
  /** the paid order: the wizard is over, its result is shown */
  order: OrderResult | undefined;
  resultFields: ResultField[];
  /** a refusal that closes the wizard (shown instead of the steps) */
  refusal?: ReactNode;
  /** the first step waits for what tells whether the purchase can be made at all */
  waiting?: boolean;
  /** the step on screen; its heading takes `headingRef` (focused when the step changes) */
  children: (headingRef: Ref<HTMLHeadingElement>) => ReactNode;
};

/**
 * The frame of a purchase wizard (Renew, Upgrade): the stepper and the step on screen, or the
 * refusal that closes it, or — once paid — the result: the payment succeeded, the order, and
 * the subscription as it is now.
 */
export function PurchaseWizard({
  labels,
  step,
  order,
  resultFields,
  refusal,
  waiting = false,
  children,
}: PurchaseWizardProps) {
  const headingRef = useStepFocus(order ? 'result' : step);
  if (order) {
    return (
      <>
        <PurchaseStepper labels={labels} active={labels.length} />
        <OrderResultView
          result={order}
          headingRef={headingRef}
          summary={<NewConfiguration subscription={order.subscription} fields={resultFields} />}
        />
      </>
    );
  }
  if (refusal) return <>{refusal}</>;
  if (waiting) return <LoadingSkeleton lines={6} />;
  return (
    <>
      <PurchaseStepper labels={labels} active={step} />
      {children(headingRef)}
    </>
  );
}

function NewConfiguration({
  subscription: sub,
  fields,
}: {
  subscription: Subscription;
  fields: ResultField[];
}) {
  const { t, i18n } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const value: Record<ResultField, ReactNode> = {
    edition: tc(`editions.${sub.edition}`),
    billingMode: t(`billingModes.${sub.billingMode}`),
    quota: sub.quota ?? t('details.noQuota'),
    expiresAt: sub.expiresAt ? formatDate(sub.expiresAt, i18n.language) : t('details.noExpiry'),
  };
  return (
    <DetailsTable
      rows={fields.map((field) => ({
        key: field,
        label: t(`details.${field}`),
        value: value[field],
      }))}
    />
  );
}
