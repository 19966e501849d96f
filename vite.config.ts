import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { emptyCookieJar } from './scripts/msw-empty-cookie-jar.ts';
import { bootScript } from './scripts/boot-script.ts';
import { PAGES } from './src/app/routes/manifest.ts';
import { LANGUAGES, SHELL_NAMESPACES } from './src/config/languages.ts';
import { PAGE_HEADERS } from './src/config/security-headers.ts';

/**
 * Mantine's ScrollArea (in every Table, Select, Modal) takes `useMergeRefs` from @floating-ui/react,
 * and with it that library's chunk; given @mantine/hooks' own, the wizards load −15.1 KB gzip each.
 */
const scrollAreaMergeRefs = (): Plugin => ({
  name: 'scroll-area-merge-refs',
  apply: 'build',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === '@floating-ui/react' &&
    /@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]/.test(importer ?? '')
      ? '\0scroll-area-merge-refs'
      : null,
  load: (id) =>
    id === '\0scroll-area-merge-refs'
      ? `import { useMergedRef } from '@mantine/hooks';
export function useMergeRefs(refs) { return useMergedRef(...refs); }`
      : null,
});

export default defineConfig(({ mode }) => {
  // a sub-path for the static demo (`/console/`); the router's basename follows it
  const base = loadEnv(mode, process.cwd(), 'VITE_').VITE_BASE_PATH || '/';
  return {
    base: base.endsWith('/') ? base : `${base}/`,
    plugins: [
      react(),
      emptyCookieJar(),
      scrollAreaMergeRefs(),
      bootScript(PAGES, LANGUAGES, SHELL_NAMESPACES),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // `.test` (a name that never resolves on the internet): e2e/static-demo.spec.ts opens the
    // preview as http://console.demo.test, a page that is not a secure context
    // SPEC §4's page headers, as a static host sends them (public/_headers): the e2e suite runs
    // under the strict CSP. Not on the dev server, whose HMR client is an inline script.
    preview: { allowedHosts: ['.test'], headers: { ...PAGE_HEADERS } },
    build: {
      sourcemap: true,
      chunkSizeWarningLimit: 900, // the entry, one script by design (below), is over 500 kB
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // the first page's code in one script, with the libraries it shares with lazy
              // chunks: each chunk of a few KB preloaded beside it would be a request before
              // the first paint
              { name: 'console', tags: ['$initial'], priority: 1 },
              // the mock with the rules and schemas it shares with the pages: one request
              // instead of four on every first visit (bench/README.md)
              { name: 'domain', test: /[\\/](src[\\/](mocks|domain)|node_modules[\\/]zod)[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
