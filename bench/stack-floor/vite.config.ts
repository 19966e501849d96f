import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { emptyCookieJar, reactRouterProduction } from '../../vite.config';

/**
 * The benchmark's stack floor: `npx vite build --config bench/stack-floor/vite.config.ts` →
 * bench/stack-floor/dist. Built as the console is (MSW's cookie jar left out the same way); its
 * public folder is the console's, for MSW's Service Worker script.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  plugins: [react(), emptyCookieJar(), reactRouterProduction()],
  build: { outDir: 'dist', emptyOutDir: true },
});
