import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

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

// `VITE_BASE_PATH` lets the static demo live under a sub-path (e.g. `/console/`);
// the router's basename and the mock's service-worker URL both follow `BASE_URL`.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const rawBase = env.VITE_BASE_PATH || '/';
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

  return {
    base,
    plugins: [react(), emptyCookieJar()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    build: {
      sourcemap: true,
      chunkSizeWarningLimit: 900,
    },
  };
});
