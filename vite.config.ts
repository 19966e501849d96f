import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { pageChunks } from './scripts/page-chunks.ts';
import { routePreload, type PreloadedRoute, type Translations } from './scripts/route-preload.ts';

/**
 * MSW keeps the cookies of mocked responses in a tough-cookie jar: about 140 KB of the first
 * page's JavaScript. The mock sets and reads no cookies, so the build gets an empty jar instead
 * (`npm run bench` measures the first page; Vitest, which loads MSW from node_modules, keeps
 * the real one).
 */
const TOUGH_COOKIE = '@bundled-es-modules/tough-cookie';
const EMPTY_COOKIE_JAR = `
class Store { constructor() { this.synchronous = true; } }
class MemoryCookieStore extends Store {}
class Cookie { static fromJSON() { return null; } }
class CookieJar {
  constructor(store) { this.store = store; }
  getCookiesSync() { return []; }
  setCookie() {}
}
const domainMatch = () => false;
const pathMatch = () => false;
export default { Cookie, CookieJar, Store, MemoryCookieStore, domainMatch, pathMatch };
`;
export const emptyCookieJar = (): Plugin => ({
  name: 'msw-empty-cookie-jar',
  apply: 'build',
  enforce: 'pre',
  resolveId: (id) => (id === TOUGH_COOKIE ? `\0${TOUGH_COOKIE}` : null),
  load: (id) => (id === `\0${TOUGH_COOKIE}` ? EMPTY_COOKIE_JAR : null),
});

/**
 * React Router 7 exports its development build under every condition
 * (remix-run/react-router#12532, #14753); its production build is the same code with its
 * development warnings switched off, so the minifier drops them. The build resolves to it.
 */
export const reactRouterProduction = (): Plugin => ({
  name: 'react-router-production-build',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source !== 'react-router' && !source.startsWith('react-router/')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved?.id.includes('/react-router/dist/development/')) return resolved;
    return { ...resolved, id: resolved.id.replace('/dist/development/', '/dist/production/') };
  },
});

/**
 * The entry's stylesheet, requested by index.html as it is parsed but without holding the first
 * paint: Vite's `<link rel="stylesheet">` becomes a script that adds the same link (a link added
 * by a script blocks neither rendering nor scripts) and sets `window.consoleStyles`, which
 * settles when it has loaded or failed; the console renders after it (src/lib/styles.ts). So the
 * boot frame, styled inline, is painted at once instead of after a round trip for the CSS.
 */
export const STYLES_SCRIPT_MARKER = 'window.consoleStyles';
export const nonBlockingStyles = (): Plugin => ({
  name: 'non-blocking-styles',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const links = [...html.matchAll(/<link rel="stylesheet"[^>]*?href="([^"]+\.css)"[^>]*>/g)];
      if (links.length !== 1) throw new Error(`index.html: ${links.length} stylesheets, not one`);
      const [link, href] = links[0]!;
      return html.replace(
        link,
        `<script>
      (function () {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.crossOrigin = '';
        link.href = ${JSON.stringify(href)};
        ${STYLES_SCRIPT_MARKER} = new Promise(function (settled) {
          link.onload = link.onerror = function () {
            settled();
          };
        });
        document.head.appendChild(link);
      })();
    </script>`,
      );
    },
  },
});

/**
 * The pages of src/app/router.tsx: the module it imports lazily (`import('./routes/…')`; none for
 * the Overview, which is in the entry) and the namespaces it loads beside it. index.html preloads
 * the opened page's chunks and translations (scripts/route-preload.ts).
 * scripts/route-preload.test.ts checks that this list agrees with the router's, with
 * src/config/paths.ts and with src/lib/i18n.ts (TRANSLATIONS).
 */
export const PRELOADED_ROUTES: PreloadedRoute[] = [
  { path: '/overview', namespaces: ['overview'] },
  {
    path: '/purchased-resources',
    module: 'src/app/routes/purchased-resources.tsx',
    namespaces: ['purchased-resources', 'purchase'],
  },
  {
    path: '/renew/:subscriptionId',
    module: 'src/app/routes/renew.tsx',
    namespaces: ['renew', 'purchase'],
  },
  {
    path: '/upgrade/:subscriptionId',
    module: 'src/app/routes/upgrade.tsx',
    namespaces: ['upgrade', 'purchase'],
  },
  { path: '/orders', module: 'src/app/routes/orders.tsx', namespaces: ['orders'] },
  {
    path: '/orders/:orderId',
    module: 'src/app/routes/order-receipt.tsx',
    namespaces: ['orders', 'purchase'],
  },
  { path: '/messages', module: 'src/app/routes/messages.tsx', namespaces: ['messages'] },
  { path: '/help/permissions', module: 'src/app/routes/help.tsx', namespaces: ['help'] },
];

/** src/lib/i18n.ts's languages (English, the fallback, first), shell namespaces and storage key. */
export const TRANSLATIONS: Translations = {
  languages: ['en', 'zh'],
  shell: ['common', 'errors'],
  storageKey: 'sc-ui:language',
};

/**
 * Mantine's ScrollArea (inside every Table, Modal and Select) imports one hook from
 * `@floating-ui/react`, `useMergeRefs`, and with it the chunk of that whole module (16 KB
 * gzip), which only the header's menus and tooltips need: so every page with a table loaded
 * it before its data. The build gives ScrollArea the same hook from @mantine/hooks instead
 * (`mergeRefs`, which also runs the refs' cleanups).
 */
const FLOATING_UI_MERGE_REFS = '\0scroll-area-merge-refs';
export const scrollAreaMergeRefs = (): Plugin => ({
  name: 'scroll-area-merge-refs',
  apply: 'build',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === '@floating-ui/react' &&
    importer?.replaceAll('\\', '/').includes('/@mantine/core/esm/components/ScrollArea/')
      ? FLOATING_UI_MERGE_REFS
      : null,
  load: (id) =>
    id === FLOATING_UI_MERGE_REFS
      ? `import { useMergedRef } from '@mantine/hooks';
export function useMergeRefs(refs) { return useMergedRef(...refs); }`
      : null,
});

/**
 * The pages' chunks, by the groups of pages that import their modules (scripts/page-chunks.ts):
 * the Upgrade wizard loads 8 scripts of its own, not 21 (its translations aside).
 */
export const PAGE_GROUPS = {
  wizard: ['src/app/routes/upgrade.tsx', 'src/app/routes/renew.tsx'],
  orders: ['src/app/routes/orders.tsx', 'src/app/routes/order-receipt.tsx'],
  resources: ['src/app/routes/purchased-resources.tsx'],
  messages: ['src/app/routes/messages.tsx'],
  help: ['src/app/routes/help.tsx'],
};
const PAGE_CHUNKS = pageChunks({
  entry: 'src/main.tsx',
  pages: PAGE_GROUPS,
  // about 6 KB minified, 2 KB gzip
  minSize: 20_000,
});

// `VITE_BASE_PATH` lets the static demo live under a sub-path (e.g. `/console/`);
// the router's basename and the mock's service-worker URL both follow `BASE_URL`.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const rawBase = env.VITE_BASE_PATH || '/';
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

  return {
    base,
    plugins: [
      react(),
      emptyCookieJar(),
      reactRouterProduction(),
      scrollAreaMergeRefs(),
      nonBlockingStyles(),
      routePreload(PRELOADED_ROUTES, TRANSLATIONS),
      PAGE_CHUNKS.plugin,
    ],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173 },
    // `.test` (a name that never resolves on the internet): e2e/static-demo.spec.ts opens the
    // preview as http://console.demo.test, a page that is not a secure context
    preview: { port: 4173, allowedHosts: ['.test'] },
    build: {
      sourcemap: true,
      chunkSizeWarningLimit: 900,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // everything the first page needs in one file: the entry's own code and the
            // libraries it shares with lazy chunks (which would otherwise be split into
            // preloaded chunks of a few KB each, every one a request before the first paint)
            groups: [{ name: 'console', tags: ['$initial'] }, ...PAGE_CHUNKS.groups],
          },
        },
      },
    },
  };
});
