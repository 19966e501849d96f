import { usePayment } from '@/lib/purchase';
import { isApiError } from '@/lib/api-client';
import { useReloadLatest } from './use-reload-latest';

/**
 * One purchase attempt, as the wizards and the dialogs run it: Pay Now with its
 * Idempotency-Key (`usePayment`), and "Reload the latest state" after a VERSION_CONFLICT,
 * which forgets the refused attempt once the latest state is in (`onLoaded` takes it).
 */
export function usePurchase<T>(
  load: () => Promise<T | undefined>,
  onLoaded: (latest: T) => void = () => undefined,
) {
  const payment = usePayment();
  const reload = useReloadLatest(load, (latest: T) => {
    onLoaded(latest);
    payment.clear();
  });
  const disclaimerRefused =
    isApiError(payment.error) && payment.error.code === 'DISCLAIMER_NOT_ACCEPTED';
  return {
    payment,
    reloadState: reload.state,
    reload: reload.reload,
    /** R13: the API refused Pay Now for want of the Disclaimer (shown beside the checkbox) */
    disclaimerRefused,
    /** a payment or a reload is under way */
    busy: payment.isPending || reload.state === 'busy',
  };
}

export type Purchase = ReturnType<typeof usePurchase>;
