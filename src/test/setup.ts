/**
 * Vitest setup for every test file: the mock's own handlers on an msw/node server
 * that fails any request no handler answers, and — in jsdom — the browser APIs
 * Mantine needs (matchMedia, ResizeObserver, scrollIntoView) plus jest-dom matchers.
 */
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@/mocks/node';

const isDom = typeof window !== 'undefined';

if (isDom) {
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => cleanup());
  // findBy*/waitFor wait up to 5 s (not 1 s): a page's first render in jsdom took longer than
  // 1 s on a busy 2-core machine; what a test expects is unchanged, it may only arrive later
  configure({ asyncUtilTimeout: 5_000 });

  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });

  class ResizeObserverStub implements ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
  window.scrollTo = () => undefined;

  // the app loads a namespace's chunk with the route that shows it; tests render pages
  // without the router, so they get every namespace of both languages up front (a switch of
  // language is as immediate as it was with every translation in the bundle)
  const { i18n, i18nReady, LANGUAGES, NAMESPACES } = await import('@/lib/i18n');
  await i18nReady;
  await i18n.loadNamespaces([...NAMESPACES]);
  await i18n.loadLanguages([...LANGUAGES]);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  // the mock keeps its state in localStorage: every test starts from the default scenario
  if (isDom) window.localStorage.clear();
  // an unconfirmed payment (src/lib/pending-payment.ts) does not carry over to the next test
  if (isDom) window.sessionStorage.clear();
});
afterAll(() => server.close());
