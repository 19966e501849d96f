import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounceError } from '@/components/live-announcer';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { useFormQuote } from '@/components/purchase/use-form-quote';
import type { SubscriptionView } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { buildUpgradeRequest, fieldShown, isNewPurchase, type UpgradeForm } from './upgrade-form';

/** Inputs settle for this long before a quote is asked for; the first change after a pause is quoted at once. */
const QUOTE_DEBOUNCE_MS = 150;

/**
 * The Upgrade wizard's live price, and the API's refusal of its inputs in customer words:
 * beside the field it names where that field is on screen (`errorFor`, announced), else with
 * the price. Not re-quoted while paying or once paid (`enabled`).
 */
export function useUpgradeQuote(
  view: SubscriptionView,
  form: UpgradeForm,
  { enabled, thresholdPercent }: { enabled: boolean; thresholdPercent: number },
) {
  const { t } = useTranslation('purchase');
  const body = buildUpgradeRequest(view, form);
  const live = useFormQuote(body, { delayMs: QUOTE_DEBOUNCE_MS, enabled });
  const { error } = live;
  const field = isApiError(error) ? error.field : undefined;
  const beside = error !== null && fieldShown(field, form, isNewPurchase(view));
  useAnnounceError(beside ? error : null);
  useQuoteShownMark(live.quote.isSuccess && !live.quote.isPlaceholderData, live.settled?.quota);

  const errorFor = (name: string) => {
    if (!isApiError(error) || !error.field) return undefined;
    const concerns =
      error.field === name || (name === 'validity' && error.field.startsWith('validity'));
    return concerns ? purchaseErrorMessage(error, t, { thresholdPercent }) : undefined;
  };
  return { ...live, body, errorField: field, beside, errorFor };
}

/** The benchmark's mark: a quota (the first one, then each change) has its price on screen. */
function useQuoteShownMark(shown: boolean, quota: number | undefined) {
  const marked = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!shown || quota === undefined || quota === marked.current) return;
    marked.current = quota;
    performance.mark('quote-shown', { detail: { quota } });
  }, [shown, quota]);
}
