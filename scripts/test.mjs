#!/usr/bin/env node
/**
 * `npm test`: typecheck → lint → PostgreSQL (found or installed) → Vitest → production build →
 * Playwright against `vite preview` of that build (what is tested is what ships).
 *
 * Prints each runner's own summary, then one last line `N passed, N failed` summing
 * the Vitest and Playwright tests; a step that is not a test runner (typecheck, lint,
 * build, browser or PostgreSQL discovery) and fails counts as one failure. Exits non-zero on any
 * failure. Later steps still run after a failed typecheck or lint, so one run shows
 * everything; Playwright is skipped when the build failed.
 *
 * Options: --skip-e2e (no browser), --only-e2e; extra arguments after `--` go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';
import { findPostgres } from './postgres.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const argv = process.argv.slice(2);
const dashDash = argv.indexOf('--');
const flags = dashDash === -1 ? argv : argv.slice(0, dashDash);
const playwrightArgs = dashDash === -1 ? [] : argv.slice(dashDash + 1);
const skipE2E = flags.includes('--skip-e2e');
const onlyE2E = flags.includes('--only-e2e');

const REPORT_DIR = 'test-results/reports';
const VITEST_JSON = `${REPORT_DIR}/vitest.json`;
// E2E_OUT_DIR (see playwright.config.ts): build, serve and report in a folder of one's own
const OUT_DIR = process.env.E2E_OUT_DIR;
const PLAYWRIGHT_JSON = OUT_DIR ? `test-results/${OUT_DIR}.json` : 'playwright-report/results.json';
const buildArgs = ['run', '--silent', 'build', ...(OUT_DIR ? ['--', '--outDir', OUT_DIR] : [])];

const summary = [];
let passed = 0;
let failed = 0;

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
    shell: process.platform === 'win32',
  });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is not a test runner: one failure when it fails. */
function step(name, command, args, env) {
  banner(name);
  const { ok, seconds } = run(command, args, env);
  summary.push(`${name}: ${ok ? 'ok' : 'FAILED'} (${seconds}s)`);
  if (!ok) failed += 1;
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

mkdirSync(REPORT_DIR, { recursive: true });

let built = true;
if (!onlyE2E) {
  step('typecheck', npm, ['run', '--silent', 'typecheck']);
  step('lint', npm, ['run', '--silent', 'lint']);

  // server/postgres.test.ts runs the database suite on a real PostgreSQL: found (or installed)
  // here, so the install shows in the log and counts as a failure of its own when impossible
  banner('postgres');
  const postgres = findPostgres();
  if (postgres) {
    summary.push(
      `postgres: ${postgres.bin} (${postgres.source}; installed: ${postgres.installed ? 'yes' : 'no'})`,
    );
  } else {
    failed += 1;
    summary.push('postgres: FAILED (no PostgreSQL could be found or installed; see above)');
  }

  banner('vitest');
  rmSync(VITEST_JSON, { force: true });
  const vitest = run(npx, [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_JSON}`,
  ]);
  const report = readJson(VITEST_JSON);
  if (report) {
    const vPassed = report.numPassedTests ?? 0;
    // a file that fails to load has no tests but is a failure
    const failedSuites = (report.testResults ?? []).filter(
      (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
    ).length;
    const vFailed = (report.numFailedTests ?? 0) + failedSuites;
    passed += vPassed;
    failed += vFailed;
    if (!vitest.ok && vFailed === 0) failed += 1; // e.g. an unhandled error outside tests
    summary.push(
      `vitest: ${vPassed} passed, ${vFailed} failed, ${report.numPendingTests ?? 0} skipped (${vitest.seconds}s)`,
    );
    // CI shows only the end of the output: name what failed here
    for (const file of report.testResults ?? []) {
      const where = relative(process.cwd(), file.name ?? '');
      const broken = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
      if (file.status === 'failed' && broken.length === 0) {
        summary.push(`  ✗ ${where}: ${firstLine(file.message)}`);
      }
      for (const test of broken) {
        summary.push(`  ✗ ${where} › ${test.fullName}: ${vitestFailure(test)}`);
      }
    }
  } else {
    failed += 1;
    summary.push(`vitest: FAILED before reporting (${vitest.seconds}s)`);
  }

  if (!skipE2E) built = step('build', npm, buildArgs);
} else {
  built = step('build', npm, buildArgs);
}

if (!skipE2E) {
  if (!built) {
    summary.push('playwright: skipped (the build failed)');
  } else {
    banner('browser');
    const chromium = findChromium();
    if (!chromium) {
      failed += 1;
      summary.push('playwright: FAILED (no Chromium could be found or installed)');
    } else {
      summary.push(
        `browser: ${chromium.path} (${chromium.source}; installed: ${chromium.installed ? 'yes' : 'no'})`,
      );
      banner('playwright');
      rmSync(PLAYWRIGHT_JSON, { force: true });
      const playwright = run(npx, ['playwright', 'test', ...playwrightArgs], {
        E2E_SKIP_BUILD: '1',
        CHROMIUM_PATH: chromium.path,
        // a port of its own: on a shared machine another run's preview on 4173 would be reused
        E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
        // and one for the reference backend's project (e2e/http)
        E2E_HTTP_PORT: process.env.E2E_HTTP_PORT ?? String(await freePort()),
      });
      const report = existsSync(PLAYWRIGHT_JSON) ? readJson(PLAYWRIGHT_JSON) : undefined;
      if (report?.stats) {
        const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
        const errors = (report.errors ?? []).length; // e.g. the web server did not start
        passed += expected + flaky;
        failed += unexpected + errors;
        if (!playwright.ok && unexpected + errors === 0) failed += 1;
        summary.push(
          `playwright: ${expected + flaky} passed${flaky ? ` (${flaky} flaky)` : ''}, ${unexpected + errors} failed, ${skipped} skipped (${playwright.seconds}s)`,
        );
        for (const line of failedSpecs(report)) summary.push(`  ✗ ${line}`);
        for (const error of report.errors ?? []) summary.push(`  ✗ ${firstLine(error.message)}`);
      } else {
        failed += 1;
        summary.push(`playwright: FAILED before reporting (${playwright.seconds}s)`);
      }
    }
  }
}

/** A TCP port nobody listens on now, for this run's preview server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * What a failed vitest test reports. A test (or hook) that timed out has lost its message in
 * vitest's JSON report: only the stack vitest captured for it is left, named STACK_TRACE_ERROR.
 */
function vitestFailure(test) {
  const line = firstLine(test.failureMessages?.[0]);
  if (line !== 'Error: STACK_TRACE_ERROR') return line;
  const after = test.duration ? ` after ${Math.round(test.duration)} ms` : '';
  return `timed out${after} (the log above has vitest's own message)`;
}

/** The first line of an error message, without colour codes, short enough for a summary. */
function firstLine(message) {
  const line = String(message ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((text) => text.trim() !== '');
  return (line ?? 'no message').trim().slice(0, 200);
}

/** `file › title: error` for each Playwright test whose final result was not the expected one. */
function failedSpecs(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.[test.results.length - 1];
        out.push(
          `${spec.file} › ${[...titles, spec.title].join(' › ')}: ${firstLine(last?.error?.message)}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

banner('summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
