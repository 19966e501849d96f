import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { emptyCookieJar } from '../../scripts/msw-empty-cookie-jar.ts';

/**
 * The benchmark's stack floor: `npx vite build --config bench/stack-floor/vite.config.ts` →
 * bench/stack-floor/dist. MSW's cookie jar is left out as in the console's build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react(), emptyCookieJar()],
  // one chunk by design (the stack's libraries and one page), larger than Vite's 500 kB warning
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
});
