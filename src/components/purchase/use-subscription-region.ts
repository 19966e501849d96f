import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { RegionId } from '@/domain/contract';
import { REGION_PARAM } from '@/lib/region';

/**
 * A wizard opened for a subscription selects that subscription's region (`?region=`), so the
 * header's region and edition badge (R15) are the ones the purchase changes. Replaces the
 * history entry: Back still leaves the wizard.
 */
export function useSubscriptionRegion(region: RegionId | undefined) {
  const [searchParams, setSearchParams] = useSearchParams();
  const current = searchParams.get(REGION_PARAM);
  useEffect(() => {
    if (!region || current === region) return;
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set(REGION_PARAM, region);
        return params;
      },
      { replace: true },
    );
  }, [region, current, setSearchParams]);
}
