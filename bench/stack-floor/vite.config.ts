import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { emptyCookieJar, reactRouterProduction } from '../../vite.config.ts';

/**
 * The benchmark's stack floor: `npx vite build --config bench/stack-floor/vite.config.ts` →
 * bench/stack-floor/dist. Built as the console is (MSW's cookie jar left out the same way).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react(), emptyCookieJar(), reactRouterProduction()],
  // one chunk by design (the stack's libraries and one page), larger than Vite's 500 kB warning
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
});
