import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { apiPost } from './lib/api-client';
import { queryClient } from './lib/query-client';

/**
 * Starts the in-browser mock before the first request, unless a real backend was
 * named at build time. The condition reads `import.meta.env` directly so that Vite
 * replaces it with a constant and drops the mock (and MSW) from a bundle built with
 * `VITE_API_BASE_URL` — `scripts/bundle.test.ts` checks this.
 */
async function startMock(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;

  const { worker, onExternalChange } = await import('./mocks/browser');
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  // another tab changed the demo's state: every page refreshes its data
  onExternalChange(() => void queryClient.invalidateQueries());

  // `?scenario=NAME` on any page loads a demo scenario, then leaves the URL
  const url = new URL(window.location.href);
  const scenario = url.searchParams.get('scenario');
  if (scenario) {
    try {
      await apiPost('/demo/scenario', { name: scenario });
    } catch (error) {
      console.warn(`The demo scenario "${scenario}" could not be loaded.`, error);
    }
    url.searchParams.delete('scenario');
    window.history.replaceState(window.history.state, '', url);
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

startMock()
  .catch((error: unknown) => {
    // the console still renders; its requests will show errors with Retry
    console.error('The mocked API could not start.', error);
  })
  .finally(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
