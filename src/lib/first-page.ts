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

/** What a customer does first on a page: moves or presses the pointer, touches, scrolls, types. */
const FIRST_USE = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown'] as const;

/**
 * Settles once the first page is on screen and the customer has done something on the page
 * (before or after): what only a customer at work needs (the header's menus) waits for it,
 * and a first visit left alone does not request it.
 */
export const firstPageUsed = Promise.all([
  firstPageShown,
  new Promise<void>((resolve) => {
    const used = () => {
      for (const type of FIRST_USE) window.removeEventListener(type, used, true);
      resolve();
    };
    for (const type of FIRST_USE)
      window.addEventListener(type, used, { capture: true, passive: true });
  }),
]).then(() => undefined);

const settled = new Set<Promise<void>>();
void firstPageShown.then(() => settled.add(firstPageShown));
void firstPageUsed.then(() => settled.add(firstPageUsed));

/** Whether `promise` has settled yet; re-renders once it has (in a transition). */
function useSettled(promise: Promise<void>): boolean {
  const [done, setDone] = useState(() => settled.has(promise));
  useEffect(() => {
    if (!done) void promise.then(() => startTransition(() => setDone(true)));
  }, [done, promise]);
  return done;
}

/** Whether the first page is on screen yet; re-renders once it is (in a transition). */
export const useFirstPageIsShown = (): boolean => useSettled(firstPageShown);

/** Whether the first page is on screen and the customer has used the page (`firstPageUsed`). */
export const useFirstPageIsUsed = (): boolean => useSettled(firstPageUsed);

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
