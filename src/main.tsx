import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadBranding } from './lib/branding';
import { queryClient } from './lib/query-client';

/**
 * Starts the in-browser mock before the first request, unless a real backend was
 * named at build time. The condition reads `import.meta.env` directly so that Vite
 * replaces it with a constant and drops the mock (and MSW) from a bundle built with
 * `VITE_API_BASE_URL` — `scripts/bundle.test.ts` checks this.
 */
async function startMock(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;

  // loaded beside the mock (and left out with it): applies shared demo links below
  const demoLink = import('./features/demo/api/demo-link');
  const { worker, onExternalChange } = await import('./mocks/browser');
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  // another tab changed the demo's state: every page refreshes its data
  onExternalChange(() => void queryClient.invalidateQueries());

  // `?scenario=NAME` on any page loads a demo scenario; a shared demo link
  // (`&demoFrom=…&demoNow=…&demoRole=…&demoAssets=…`) reproduces the presenter's clock,
  // role and assets too. Applied through the demo endpoints, then removed from the URL.
  const { applyDemoLinkFromLocation } = await demoLink;
  await applyDemoLinkFromLocation();
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// the branding (public/branding.json) is read while the mock starts; both before the first render
void Promise.all([
  startMock().catch((error: unknown) => {
    // the console still renders; its requests will show errors with Retry
    console.error('The mocked API could not start.', error);
  }),
  loadBranding(import.meta.env.BASE_URL),
]).finally(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
