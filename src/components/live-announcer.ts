import { useEffect, useRef } from 'react';
import { useErrorMessage } from '@/lib/error-message';

/**
 * Screen-reader announcements through two shared live regions (polite and assertive),
 * visually hidden at the end of `<body>`. Use them for what changes without moving
 * focus: a quote that failed, a field error from the API, "Saved".
 *
 *   announce(t('quote.updated'));                 // polite
 *   useAnnounceError(quote.error);                // assertive, in the UI language
 *
 * An `<Alert role="alert">` that appears (ErrorFallback) is announced by itself and
 * needs neither.
 */
export type Politeness = 'polite' | 'assertive';

const ATTRIBUTE = 'data-live-announcer';
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;';

function liveRegion(politeness: Politeness): { element: HTMLElement; created: boolean } {
  const existing = document.querySelector<HTMLElement>(`[${ATTRIBUTE}="${politeness}"]`);
  if (existing) return { element: existing, created: false };
  const element = document.createElement('div');
  element.setAttribute(ATTRIBUTE, politeness);
  element.setAttribute('aria-live', politeness);
  element.setAttribute('aria-atomic', 'true');
  element.setAttribute('style', HIDDEN);
  document.body.append(element);
  return { element, created: true };
}

/** Creates both regions now, so a later announcement is heard (a region must exist before it changes). */
export function prepareLiveRegions() {
  if (typeof document === 'undefined') return;
  liveRegion('polite');
  liveRegion('assertive');
}

const timers = new Map<Politeness, number>();

/** Says `message` to screen readers; the same message twice is said twice. */
export function announce(message: string, politeness: Politeness = 'polite') {
  if (typeof document === 'undefined' || !message) return;
  const { element, created } = liveRegion(politeness);
  element.textContent = '';
  window.clearTimeout(timers.get(politeness));
  // a short pause between clearing and writing makes screen readers notice the change
  timers.set(
    politeness,
    window.setTimeout(
      () => {
        element.textContent = message;
      },
      created ? 150 : 50,
    ),
  );
}

/** The live region's current text (for tests). */
export function announced(politeness: Politeness = 'polite'): string {
  return document.querySelector(`[${ATTRIBUTE}="${politeness}"]`)?.textContent ?? '';
}

/** Announces each new error (assertively, in the UI language) when `error` changes to one. */
export function useAnnounceError(error: unknown) {
  const errorMessage = useErrorMessage();
  const last = useRef<unknown>(null);
  useEffect(() => prepareLiveRegions(), []);
  useEffect(() => {
    if (error && error !== last.current) announce(errorMessage(error), 'assertive');
    last.current = error ?? null;
  }, [error, errorMessage]);
}
