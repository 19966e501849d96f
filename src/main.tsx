import './theme/mantine-styles';
import '@mantine/notifications/styles.css';

import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { holdRequestsUntil } from './lib/api-client';
import { servedByReferenceBackend } from './lib/auth';
import { loadBranding } from './lib/branding';
import { i18nReady } from './lib/i18n';
import { queryClient } from './lib/query-client';
import { stylesReady } from './lib/styles';

const hasDemoLink = /[?&](scenario|demo[A-Z]\w*)=/.test(window.location.search);

/**
 * Starts the in-browser mock, unless a real backend was named at build time. The
 * condition reads `import.meta.env` directly so that Vite replaces it with a constant and
 * drops the mock (and MSW) from a bundle built with `VITE_API_BASE_URL` —
 * `scripts/bundle.test.ts` checks this.
 *
 * Its code loads at once, beside the first page's: the mock answers in the page
 * (src/mocks/browser.ts), so the first page's data is usually there before that page is
 * rendered, and the page is painted with it (its loader waits for it, FIRST_PAGE_WAIT_MS in
 * src/app/route-data.ts).
 */
async function startMock(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;
  // served by the reference backend (server/app.ts marks index.html): its API is on this origin
  if (servedByReferenceBackend()) return;

  // a shared demo link (`?scenario=`, `demo…` parameters) is applied below; its code loads
  // beside the mock, only then (and is left out with it)
  const demoLink = hasDemoLink && import('./features/demo/api/demo-link');
  const { startMock: listen, onExternalChange } = await import('./mocks/browser');
  listen();
  // from here on the mock answers every request of this page: `<html data-mock="listening">`
  // says so to what drives the page from outside (the e2e helpers wait for it)
  document.documentElement.dataset.mock = 'listening';

  // another tab changed the demo's state: every page refreshes its data
  onExternalChange(() => void queryClient.invalidateQueries());

  // `?scenario=NAME` on any page loads a demo scenario; a shared demo link
  // (`&demoFrom=…&demoNow=…&demoRole=…&demoAssets=…`) reproduces the presenter's clock,
  // role and assets too. Applied through the demo endpoints, then removed from the URL.
  if (demoLink) await (await demoLink).applyDemoLinkFromLocation();
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

/**
 * A demo link (`?scenario=…`, `demo…` parameters: DEMO_PARAMS in demo-link.ts) changes the
 * demo's state through the API before anything is shown, so the console renders after it.
 * Otherwise — a customer's visit — the console renders as soon as its language, branding and
 * styles are there, and the page's requests wait for the mock to listen (with a real backend there
 * is nothing to wait for).
 */
const mockStarted = startMock().catch((error: unknown) => {
  // the console still renders; its requests will show errors with Retry
  console.error('The mocked API could not start.', error);
});
if (!hasDemoLink) holdRequestsUntil(mockStarted);
// the page's route module and its loader start now, beside the language and the mock
const router = hasDemoLink ? undefined : createAppRouter(queryClient);

void Promise.all([
  hasDemoLink && mockStarted,
  loadBranding(import.meta.env.BASE_URL),
  i18nReady,
  // index.html's stylesheet, which does not hold its first paint (src/lib/styles.ts)
  stylesReady(),
]).finally(() => {
  // a transition: React renders the shell and the first page in slices, yielding to the
  // browser between them, instead of one long task that holds the phone's main thread
  startTransition(() => {
    root.render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  });
});
