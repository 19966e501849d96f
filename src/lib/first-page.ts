import { startTransition, useEffect, useState } from 'react';

/** Where the browser does not say when the page was painted: this long after its commit. */
const SHOWN_AT_THE_LATEST_MS = 150;

let resolveShown: () => void = () => undefined;

/**
 * Settles once the console's first page is on screen (its shell committed, and the frame with
 * it presented): what can wait for it (the navbar's menus, src/app/shell/after-first-page.tsx;
 * the Overview's chart, src/features/overview/components/asset-trend-card.tsx) does not compete
 * with the first page for the network and the main thread.
 */
export const firstPageShown = new Promise<void>((resolve) => (resolveShown = resolve));

let shownYet = false;
void firstPageShown.then(() => (shownYet = true));

/** Whether the first page is on screen yet; re-renders once it is (in a transition). */
export function useFirstPageIsShown(): boolean {
  const [shown, setShown] = useState(shownYet);
  useEffect(() => {
    if (!shown) void firstPageShown.then(() => startTransition(() => setShown(true)));
  }, [shown]);
  return shown;
}

/**
 * Called by the shell once it has been committed, with the first page inside it. An effect
 * may run before that frame is painted, and a frame is presented a little after it is
 * painted; the browser's own word that it was is its next largest-contentful-paint entry (the
 * page's heading is larger than index.html's "Loading the console…"). Where the browser has no
 * such entries, or none comes, SHOWN_AT_THE_LATEST_MS after the commit.
 */
export function useReportFirstPageShown(): void {
  useEffect(() => {
    const committed = performance.now();
    let observer: PerformanceObserver | undefined;
    const shown = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolveShown();
    };
    const timer = setTimeout(shown, SHOWN_AT_THE_LATEST_MS);
    if (
      typeof PerformanceObserver !== 'undefined' &&
      PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')
    ) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.startTime >= committed)) shown();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
    return () => {
      observer?.disconnect();
      clearTimeout(timer);
    };
  }, []);
}
