import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { SubscriptionView } from '@/domain/contract';
import { effectiveMethod, type UpgradeMethod } from './upgrade-form';

/**
 * The upgrade method lives in the URL (`?method=edition|quota`): shareable, and Back/Forward
 * move it. A method the subscription does not offer is replaced by one it does (in place).
 * `requested` is the URL's as it was asked for (the loader quoted the form it opens).
 */
export function useUpgradeMethod(view: SubscriptionView) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('method');
  const method = effectiveMethod(view, requested);
  const setMethod = useCallback(
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
    if (method && requested !== method) setMethod(method);
  }, [method, requested, setMethod]);
  return { method, requested, setMethod };
}
