import { useState } from 'react';

export type ReloadState = 'idle' | 'busy' | 'done' | 'failed';

/**
 * "Reload the latest state" after the API refused a purchase or a change made against an
 * older version (VERSION_CONFLICT): takes the subscription's latest state, then `onLoaded`
 * (forget the refusal, show the new state), and says how it went — `done` and `failed` are
 * shown by `ReloadNotice`. A reload that brings nothing back (the subscription is gone) failed.
 */
export function useReloadLatest<T>(
  load: () => Promise<T | undefined>,
  onLoaded: (latest: T) => void,
): { state: ReloadState; reload: () => void } {
  const [state, setState] = useState<ReloadState>('idle');
  const reload = () => {
    setState('busy');
    load().then(
      (latest) => {
        if (latest === undefined) return setState('failed');
        onLoaded(latest);
        setState('done');
      },
      () => setState('failed'),
    );
  };
  return { state, reload };
}
