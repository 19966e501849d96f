import { useSyncExternalStore } from 'react';
import { isApiError } from './api-client';

/**
 * Sessions (SPEC §4). Only a real backend has them: a build with `VITE_API_BASE_URL`, or the
 * console served by the reference backend (it marks index.html). The in-page mock has none, so
 * with it no sign-in page ever appears and there is no Sign out.
 */
export function hasSessions(): boolean {
  return Boolean(import.meta.env.VITE_API_BASE_URL) || servedByReferenceBackend();
}

/**
 * Whether the Demo panel has an API: the in-page mock's, or the reference backend's when it runs
 * with DEMO=1 (it adds this tag to index.html; without it its demo endpoints answer 404).
 */
export const demoAvailable = (): boolean =>
  !servedByReferenceBackend() ||
  document.querySelector('meta[name="sc-demo"][content="on"]') !== null;

/** index.html as the reference backend serves it (server/app.ts adds this tag): its API is on this origin. */
export const servedByReferenceBackend = (): boolean =>
  typeof document !== 'undefined' &&
  document.querySelector('meta[name="sc-backend"][content="server"]') !== null;

export const SIGN_IN_PATH = '/sign-in';
const DEFAULT_NEXT = '/overview';

/**
 * Where to go after signing in: a path of this console only. Anything else (another origin,
 * `//host`, `/\host`, a `javascript:` URL, the sign-in page itself) goes to the Overview, so a
 * crafted link can never send a customer elsewhere.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
    return DEFAULT_NEXT;
  const base = 'http://console.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== base || url.pathname === SIGN_IN_PATH) return DEFAULT_NEXT;
  return url.pathname + url.search + url.hash;
}

/** `/sign-in?next=<path>`; plain `/sign-in` without a page to return to. */
export function signInHref(next?: string): string {
  return next ? `${SIGN_IN_PATH}?next=${encodeURIComponent(safeNext(next))}` : SIGN_IN_PATH;
}

export const isUnauthenticated = (error: unknown): boolean =>
  isApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED';

/**
 * Whether the console is on its way to the sign-in page: set by the first 401, so the shell
 * shows its loading frame instead of the pages' error states (no flash of an error page), and
 * so the wizards keep their drafts when they unmount.
 */
let leaving = false;
const listeners = new Set<() => void>();
const setLeaving = (value: boolean) => {
  if (leaving === value) return;
  leaving = value;
  for (const listener of listeners) listener();
};

export const isLeavingForSignIn = () => leaving;

export function useLeavingForSignIn(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => leaving,
    () => false,
  );
}

/** The sign-in page is on screen (or the customer is signed in again): the shell may render. */
export const signInReached = () => setLeaving(false);

type Navigator = () => void;
let goToSignIn: Navigator = () => {
  window.location.assign(signInHref(window.location.pathname + window.location.search));
};

/** The router registers how it goes to the sign-in page (keeping where the customer was). */
export function setSignInNavigator(navigator: Navigator): void {
  goToSignIn = navigator;
}

/** Called with every failed query and mutation: a 401 `UNAUTHENTICATED` leads to sign-in, once. */
export function handleUnauthenticated(error: unknown): void {
  if (!isUnauthenticated(error) || leaving) return;
  setLeaving(true);
  goToSignIn();
}
