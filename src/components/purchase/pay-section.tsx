import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderRequest, RegionId } from '@/domain/contract';
import { useShowsLastCheck } from '@/lib/purchase';
import { DisclaimerField } from './disclaimer-field';
import { LastPaymentNotice } from './last-payment-notice';
import { PaymentError } from './payment-error';
import { purchaseErrorMessage } from './purchase-error';
import { ReloadNotice } from './reload-notice';
import type { Purchase } from './use-purchase';

export type PaySectionProps = {
  purchase: Purchase;
  /** the order Pay Now sends; Retry sends it again (same body, same Idempotency-Key) */
  body: OrderRequest | null;
  region: RegionId;
  /** the Disclaimer checkbox (R13) … */
  accepted?: boolean;
  onAcceptedChange?: (accepted: boolean) => void;
  /** … or a confirmation of the dialog's own in its place */
  confirm?: ReactNode;
  /** the refusal is shown beside a field of the form instead */
  errorShownBeside?: boolean;
  thresholdPercent?: number;
  reloadedText?: string;
};

/**
 * What stands above Pay Now in every purchase: the Disclaimer (or the dialog's confirmation),
 * why the last Pay Now did not go through with the way forward (Retry, Check again, reload the
 * latest state, the permission), an earlier unconfirmed payment being checked, and what a reload did.
 * That check is shown here, beside the Pay Now it holds back, and not by the shell as well
 * (`useShowsLastCheck`).
 */
export function PaySection({
  purchase,
  body,
  region,
  accepted = false,
  onAcceptedChange,
  confirm,
  errorShownBeside = false,
  thresholdPercent,
  reloadedText,
}: PaySectionProps) {
  const { t } = useTranslation('purchase');
  const { payment, lastCheck } = purchase;
  useShowsLastCheck(lastCheck);
  const disclaimerError = purchase.disclaimerRefused
    ? purchaseErrorMessage(payment.error, t)
    : undefined;
  return (
    <>
      {confirm ?? (
        <DisclaimerField
          checked={accepted}
          onChange={(checked) => {
            onAcceptedChange?.(checked);
            // the refusal concerned the box: ticking it is the new attempt
            if (disclaimerError) payment.clear();
          }}
          error={disclaimerError}
        />
      )}
      {payment.error && !disclaimerError && !errorShownBeside && (
        <PaymentError
          error={payment.error}
          region={region}
          onRetry={() => body && payment.pay(body)}
          onCheckAgain={payment.checkAgain}
          onReload={purchase.reload}
          onNewAttempt={payment.clear}
          busy={purchase.busy}
          thresholdPercent={thresholdPercent}
          body={body}
        />
      )}
      {lastCheck && <LastPaymentNotice check={lastCheck} onCheckAgain={purchase.checkAgain} />}
      <ReloadNotice state={purchase.reloadState} doneText={reloadedText} />
    </>
  );
}
