import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { REGION_IDS, REGIONS, type RegionId } from '@/domain/catalog';

/** SPEC §1: the selected region lives in `?region=`; without it, China (Hangzhou). */
export const DEFAULT_REGION: RegionId = 'cn-hangzhou';
export const REGION_PARAM = 'region';

export function parseRegion(value: string | null | undefined): RegionId {
  return (REGION_IDS as readonly unknown[]).includes(value) ? (value as RegionId) : DEFAULT_REGION;
}

/** For loaders: the region of a request URL. */
export function regionFromUrl(url: string | URL): RegionId {
  return parseRegion(new URL(url).searchParams.get(REGION_PARAM));
}

export function regionName(id: RegionId): string {
  return REGIONS.find((region) => region.id === id)?.name ?? id;
}

/** The selected region and a setter that keeps every other query parameter. */
export function useRegion(): [RegionId, (region: RegionId) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const region = parseRegion(searchParams.get(REGION_PARAM));
  const setRegion = useCallback(
    (next: RegionId) =>
      setSearchParams((previous) => {
        const params = new URLSearchParams(previous);
        params.set(REGION_PARAM, next);
        return params;
      }),
    [setSearchParams],
  );
  return [region, setRegion];
}
