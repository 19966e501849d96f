import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { usePayment, usePaymentCheck, useShowsLastCheck } from '@/lib/purchase';
import type { OrderRequest } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { useReloadLatest } from './use-reload-latest';

/**
 * One purchase attempt, as the wizards and the dialogs run it: Pay Now with its
 * Idempotency-Key (`usePayment`), and "Reload the latest state" after a VERSION_CONFLICT,
 * which forgets the refused attempt once the latest state is in (`onLoaded` takes it).
 * A payment of this tab still unconfirmed when the wizard or dialog opens (a timeout earlier, a
 * reload) is resolved first: Pay Now is not offered until its answer is definitive.
 */
export function usePurchase<T>(
  load: () => Promise<T | undefined>,
  onLoaded: (latest: T) => void = () => undefined,
  /** a dialog's order, where the page's path does not name it (every dialog of Purchased Resources shares one) */
  buys?: Pick<OrderRequest, 'type' | 'subscriptionId'>,
) {
  const payment = usePayment();
  const check = usePaymentCheck();
  const { start } = check;
  // on opening: replay the unconfirmed payment (does nothing when none, or one is under way)
  useEffect(start, [start]);
  // another attempt's key is waiting for its answer (this one's own after a timeout or 5xx is
  // shown by PaymentError, with Check again or Retry)
  const blocked =
    check.checking || (check.pending !== undefined && check.pending.key !== payment.attemptKey);
  // a check started before this opened is this purchase's news only if it was still under way
  // when this opened (then this waited for it); one settled before is not
  const [openedAt] = useState(Date.now);
  const { latest } = check;
  const [waitedFor, setWaitedFor] = useState<number>();
  if (latest?.status === 'pending' && waitedFor !== latest.submittedAt)
    setWaitedFor(latest.submittedAt);
  const lastCheck =
    latest && (blocked || latest.submittedAt >= openedAt || latest.submittedAt === waitedFor)
      ? latest
      : undefined;
  // a payment made on this page (before a reload or a sign-in) and confirmed by that check is
  // this purchase's own: the wizard shows its result instead of offering Pay Now again
  const { pathname } = useLocation();
  const checked = lastCheck?.variables;
  const checkedHere =
    lastCheck?.status === 'success' &&
    checked &&
    new URL(checked.route, window.location.origin).pathname === pathname &&
    (!buys ||
      (checked.body.type === buys.type && checked.body.subscriptionId === buys.subscriptionId))
      ? lastCheck.data
      : undefined;
  // the wizard's result step (or the dialog's) then tells that order: the shell does not tell it again
  useShowsLastCheck(checkedHere && !payment.order ? lastCheck : undefined);
  const reload = useReloadLatest(load, (latest: T) => {
    onLoaded(latest);
    payment.clear();
  });
  const disclaimerRefused =
    isApiError(payment.error) && payment.error.code === 'DISCLAIMER_NOT_ACCEPTED';
  return {
    payment,
    /** the paid order: this purchase's Pay Now, or its payment confirmed after a reload or sign-in */
    order: payment.order ?? checkedHere,
    reloadState: reload.state,
    reload: reload.reload,
    /** R13: the API refused Pay Now for want of the Disclaimer (shown beside the checkbox) */
    disclaimerRefused,
    /** a payment or a reload is under way */
    busy: payment.isPending || reload.state === 'busy',
    /** an earlier payment is being checked, or still unconfirmed: Pay Now waits for it */
    blocked,
    /** the check of an earlier payment this purchase waited for, and how it ended */
    lastCheck,
    /** asks about that earlier payment again (its outcome is still unknown) */
    checkAgain: start,
    /** Pay Now is not offered: an earlier payment comes first, or this one's outcome is unknown */
    payDisabled: blocked || payment.outcomeUnknown,
  };
}

export type Purchase = ReturnType<typeof usePurchase>;
