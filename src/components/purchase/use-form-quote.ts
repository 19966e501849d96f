import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useLiveQuote, type PurchaseRequest } from '@/lib/quote';

/**
 * The live price of a form's order as the inputs change: asked for once they settle for
 * `delayMs` (the first change after a pause at once), the previous price kept on screen while
 * the next one loads. `current`: the price on screen is the one of the inputs on screen.
 * `enabled: false` keeps it without asking again (while paying, once paid).
 */
export function useFormQuote<B extends PurchaseRequest>(
  body: B | null,
  { delayMs, enabled = true }: { delayMs: number; enabled?: boolean },
) {
  const json = body ? JSON.stringify(body) : null;
  const [settledJson] = useDebouncedValue(json, delayMs, { leading: true });
  const settled = useMemo(
    () => (settledJson ? (JSON.parse(settledJson) as B) : null),
    [settledJson],
  );
  const quote = useLiveQuote(settled, { enabled });
  const current = json !== null && settledJson === json && !quote.isPlaceholderData;
  return {
    quote,
    /** the order the price on screen is for */
    settled,
    current,
    /** the price of the inputs on screen is in */
    ready: current && quote.isSuccess,
    /** the API refused or failed to price the inputs on screen */
    error: current && quote.isError ? quote.error : null,
    /** a newer price is on its way */
    updating: !current || quote.isFetching,
    /** the inputs do not make an order yet */
    incomplete: body === null,
  };
}
