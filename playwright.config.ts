import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

/**
 * E2E against the production build served by `vite preview` — what is tested is what
 * ships, mock included. `scripts/test.mjs` builds first and sets E2E_SKIP_BUILD.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;
/**
 * E2E_OUT_DIR: build and serve another folder than dist/, so several people (or agents)
 * can run e2e on one machine at once, each with its own E2E_PORT and E2E_OUT_DIR.
 */
const OUT_DIR = process.env.E2E_OUT_DIR;
const preview = OUT_DIR
  ? `npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`
  : `npm run preview -- --port ${PORT} --strictPort --host 127.0.0.1`;
const build = OUT_DIR ? `npx vite build --outDir ${OUT_DIR}` : 'npm run build';

/**
 * Project `http` (e2e/http/): the same build served by the reference backend (server/main.ts)
 * with DEMO=1 and its embedded PGlite in a fresh temporary folder, on a port of its own
 * (E2E_HTTP_PORT, else E2E_PORT + 1): sign-in, the purchases over real HTTP, two contexts.
 */
const HTTP_PORT = Number(process.env.E2E_HTTP_PORT ?? PORT + 1);
const httpBaseURL = `http://127.0.0.1:${HTTP_PORT}`;
// only the main process starts the servers; the folder goes when it exits
const serverDataDir = process.env.TEST_WORKER_INDEX
  ? ''
  : mkdtempSync(join(tmpdir(), 'sc-e2e-pglite-'));
if (serverDataDir)
  process.on('exit', () => rmSync(serverDataDir, { recursive: true, force: true }));

// quiet when a parent (scripts/test.mjs, or this config in the main process) already chose
const chromium = findChromium({ quiet: Boolean(process.env.CHROMIUM_PATH) });
if (!chromium)
  throw new Error('No Chromium available for Playwright (see scripts/find-chromium.mjs).');

/**
 * Glyphs drawn the same way on every Linux machine, whatever its fontconfig or its user's
 * settings say (e2e/fontconfig.conf: the machine's fonts, fixed hinting and antialiasing), so a
 * screenshot baseline holds on another machine. Elsewhere fontconfig is not what draws text.
 */
const SYSTEM_FONTCONFIG = '/etc/fonts/fonts.conf';
const browserEnv =
  process.platform === 'linux' && existsSync(SYSTEM_FONTCONFIG)
    ? {
        ...process.env,
        FONTCONFIG_FILE: fileURLToPath(new URL('./e2e/fontconfig.conf', import.meta.url)),
      }
    : undefined;

/**
 * The time budgets grow on a busy machine. The tests wait for states, never for a fixed time,
 * but every step of a journey takes longer while other programs hold the cores: at a load
 * average of 16 on 2 cores a journey of 5 s took 25 s. The factor is the load average per core
 * when the run starts (the main process decides, its workers inherit it), from 1 to 4;
 * E2E_TIME_FACTOR sets it.
 */
process.env.E2E_TIME_FACTOR ??= Math.min(
  4,
  Math.max(1, loadavg()[0]! / availableParallelism()),
).toFixed(1);
const TIME_FACTOR = Number(process.env.E2E_TIME_FACTOR) || 1;
if (!process.env.TEST_WORKER_INDEX && TIME_FACTOR > 1) {
  console.log(
    `[e2e] time budgets × ${TIME_FACTOR} (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000 * TIME_FACTOR,
  expect: {
    timeout: 10_000 * TIME_FACTOR,
    // committed baselines of the screenshot checks (e2e/responsive.spec.ts), one per name
    toHaveScreenshot: { pathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}{ext}' },
  },
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: OUT_DIR ? `test-results/${OUT_DIR}.json` : 'playwright-report/results.json' },
    ],
  ],
  outputDir: OUT_DIR ? `test-results/${OUT_DIR}` : 'test-results/e2e',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS, env: browserEnv },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'http/**',
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'http',
      testDir: 'e2e/http',
      // one account on one server: its journeys one after the other
      workers: 1,
      use: { ...devices['Desktop Chrome'], baseURL: httpBaseURL },
    },
  ],
  // one after the other: the preview (which builds first, unless E2E_SKIP_BUILD) then the server
  webServer: [
    {
      command: process.env.E2E_SKIP_BUILD ? preview : `${build} && ${preview}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx vite-node server/main.ts',
      url: `${httpBaseURL}/sign-in`,
      env: {
        PORT: String(HTTP_PORT),
        HOST: '127.0.0.1',
        DEMO: '1',
        DATA_DIR: serverDataDir,
        DIST_DIR: OUT_DIR ?? 'dist',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
