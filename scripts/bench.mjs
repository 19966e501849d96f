#!/usr/bin/env node
/**
 * `npm run bench` — the console measured side by side with its floor (bench/floor: React +
 * Mantine, one AppShell page with a 10-row table and a button, nothing else), and with its
 * stack floor (bench/stack-floor: the same page on the libraries the console is built on —
 * React Router, TanStack Query, i18next, MSW in the browser — and no product code): its bytes,
 * its Lighthouse figures and its LCP stand in a column of their own, beside the floor's ratio.
 *
 *   1. builds the console (`vite build --outDir dist-bench`, mock included, as the static demo
 *      ships), the floor (`bench/floor/dist`) and the stack floor (`bench/stack-floor/dist`);
 *   2. serves them with `vite preview` on 127.0.0.1 (ports BENCH_PORT, BENCH_PORT + 1 and
 *      BENCH_PORT + 2, default 4301–4303);
 *   3. measures, in the Chromium the tests use (scripts/find-chromium.mjs):
 *      - JS and CSS bytes, raw and gzip, that the first page requests (Playwright's request
 *        events on a first visit to /overview, until the data is on screen and the network is
 *        idle: lazy chunks that are not loaded don't count), and the build's total; of the
 *        first page's JS, what the mock alone needs, what is fetched once the data is on screen
 *        (prefetched while idle), and, from the source maps, how much each npm package and each
 *        folder of src/ contributes, beside both floors (a second table);
 *      - Lighthouse (performance, accessibility, best practices; FCP, LCP, TBT), mobile and
 *        desktop presets, median of 3 runs, for /overview and /upgrade/sas-hz-0001?method=quota
 *        (first visit: Lighthouse clears storage, so the mock makes its demo data afresh);
 *      - through Playwright, median of 10 first visits: navigation → the Overview's data on
 *        screen (`performance.mark('overview-data')`), the console's, the floor's and the stack
 *        floor's LCP; and in the Upgrade wizard a change of the quota field → its new price on
 *        screen (the input event → `performance.mark('quote-shown')`);
 *      - the ratio of each figure to the floor's.
 *   4. writes bench/results/latest.{md,json} and prints the table.
 *
 * Options (after `npm run bench --`):
 *   --check          compare with bench/budgets.json; exit 1 listing the failing lines
 *   --reuse          don't measure: read bench/results/latest.json (with --check: check it again)
 *   --skip-build     serve the existing dist-bench/ and bench/floor/dist/
 *   --runs N         Lighthouse runs per page and preset (default 3)
 *   --timing-runs N  Playwright runs per timing (default 10)
 *   --save NAME      also write bench/results/NAME.{md,json} (e.g. before / after)
 *   --readme         put the table into README.md between the bench markers
 *   --no-lighthouse  skip Lighthouse (quick look at bytes and timings; --check then fails)
 *   --no-timings     skip the Playwright timings (to iterate on Lighthouse)
 *   --only a,b       Lighthouse for these pages only (floor, stack, overview, upgrade), to iterate
 *   --presets a,b    Lighthouse presets (mobile, desktop; default both)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const CONSOLE_OUT = 'dist-bench';
const FLOOR_CONFIG = 'bench/floor/vite.config.ts';
const FLOOR_OUT = 'bench/floor/dist';
const STACK_CONFIG = 'bench/stack-floor/vite.config.ts';
const STACK_OUT = 'bench/stack-floor/dist';
const RESULTS = join(ROOT, 'bench/results');
const BUDGETS = join(ROOT, 'bench/budgets.json');
const README = join(ROOT, 'README.md');

const PAGES = {
  overview: { label: 'Overview', path: '/overview' },
  upgrade: { label: 'Upgrade wizard', path: '/upgrade/sas-hz-0001?method=quota' },
};
const PRESETS = ['mobile', 'desktop'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** the brief's launch flags, plus the tests' (`CHROMIUM_ARGS`) */
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].filter((flag, index, all) => all.indexOf(flag) === index);

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = {
    check: false,
    reuse: false,
    skipBuild: false,
    runs: 3,
    timingRuns: 10,
    save: undefined,
    readme: false,
    lighthouse: true,
    only: undefined,
    timings: true,
    presets: PRESETS,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--check') options.check = true;
    else if (arg === '--reuse') options.reuse = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--runs') options.runs = Math.max(1, Number(value()));
    else if (arg === '--timing-runs') options.timingRuns = Math.max(1, Number(value()));
    else if (arg === '--save') options.save = value().replace(/[^\w.-]/g, '-');
    else if (arg === '--readme') options.readme = true;
    else if (arg === '--no-lighthouse') options.lighthouse = false;
    else if (arg === '--no-timings') options.timings = false;
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--presets') options.presets = value().split(',');
    else throw new Error(`unknown option ${arg} (see the comment at the top of scripts/bench.mjs)`);
  }
  return options;
}

// ---------------------------------------------------------------- small helpers

const log = (message) => console.log(`[bench] ${message}`);

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (sorted.length === 0) return null;
  sorted.sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** the value at a dotted path; `*` expands over an object's keys */
function resolvePaths(object, path) {
  const parts = path.split('.');
  let found = [{ path: [], value: object }];
  for (const part of parts) {
    const next = [];
    for (const { path: at, value } of found) {
      if (value == null || typeof value !== 'object') continue;
      const keys = part === '*' ? Object.keys(value) : [part];
      for (const key of keys) {
        if (key in value) next.push({ path: [...at, key], value: value[key] });
      }
    }
    found = next;
  }
  return found.map(({ path: at, value }) => ({ path: at.join('.'), value }));
}

// ---------------------------------------------------------------- machine

function machine(chromiumPath) {
  const cpu = (() => {
    try {
      const line = readFileSync('/proc/cpuinfo', 'utf8')
        .split('\n')
        .find((l) => l.startsWith('model name'));
      return line ? line.split(':')[1].trim() : 'unknown';
    } catch {
      return 'unknown';
    }
  })();
  const memory = (() => {
    try {
      const mem = execFileSync('free', ['-h'], { encoding: 'utf8' }).split('\n')[1] ?? '';
      return mem.trim().split(/\s+/)[1] ?? 'unknown';
    } catch {
      return 'unknown';
    }
  })();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // keep 'unknown'
  }
  return {
    cores: availableParallelism(),
    memory,
    cpu,
    node: process.version,
    chromium,
    lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'))
      .version,
  };
}

// ---------------------------------------------------------------- build and serve

function build() {
  const env = { ...process.env };
  // the static demo, mock included (a backend URL would drop the mock from the bundle)
  delete env.VITE_API_BASE_URL;
  for (const [name, args] of [
    [
      'console',
      ['build', '--outDir', CONSOLE_OUT, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    ],
    // source maps, as the console's build has them: where the first page's bytes come from
    ['floor', ['build', '--config', FLOOR_CONFIG, '--sourcemap', '--logLevel', 'warn']],
    ['stack floor', ['build', '--config', STACK_CONFIG, '--sourcemap', '--logLevel', 'warn']],
  ]) {
    log(`building the ${name}: vite ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [VITE, ...args], {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`the ${name} build failed`);
  }
}

const servers = [];

async function serve(name, args, port) {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', ...args, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  servers.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url);
      if (response.ok) {
        log(`serving the ${name} at ${url}`);
        return url;
      }
    } catch {
      // not yet listening
    }
    await sleep(200);
  }
  throw new Error(`vite preview of the ${name} did not start on port ${port}: ${stderr.trim()}`);
}

function stopServers() {
  for (const child of servers.splice(0)) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------- bytes

function sizeOf(file) {
  const buffer = readFileSync(file);
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

function sum(files) {
  return files.reduce(
    (total, file) => ({ raw: total.raw + file.raw, gzip: total.gzip + file.gzip }),
    { raw: 0, gzip: 0 },
  );
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function totalBytes(outDir) {
  const files = listFiles(join(ROOT, outDir));
  const of = (ext) => sum(files.filter((file) => file.endsWith(ext)).map((file) => sizeOf(file)));
  return { js: of('.js'), css: of('.css') };
}

/** JS and CSS the page requested, sized from the files on disk (gzip as a static host sends). */
function firstPageBytes(requested, outDir, origin) {
  const files = { js: [], css: [] };
  const seen = new Set();
  for (const url of requested) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) continue;
    const path = decodeURIComponent(parsed.pathname);
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : undefined;
    if (!kind || seen.has(path)) continue;
    seen.add(path);
    const file = join(ROOT, outDir, path);
    if (!existsSync(file)) continue;
    files[kind].push({ file: path, ...sizeOf(file) });
  }
  return {
    js: { ...sum(files.js), files: files.js },
    css: { ...sum(files.css), files: files.css },
  };
}

/**
 * Where the first page's JavaScript comes from: its minified bytes per npm package (or per
 * folder of src/), read from the files' source maps. Raw bytes, which add up; gzip does not
 * split by source.
 */
async function bytesBySource(firstPage, outDir) {
  const { SourceMapConsumer } = await import('source-map-js');
  const bytes = {};
  const add = (source, length) => (bytes[source] = (bytes[source] ?? 0) + length);
  for (const { file, raw } of firstPage.js.files) {
    const path = join(ROOT, outDir, file);
    if (!existsSync(`${path}.map`)) {
      add('(no source map)', raw);
      continue;
    }
    const lines = readFileSync(path, 'utf8').split('\n');
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    let mapped = 0;
    let previous = null;
    const close = (line, column) => {
      if (!previous) return;
      const end = line === previous.line ? column : lines[previous.line - 1].length;
      add(previous.source, end - previous.column);
      mapped += end - previous.column;
    };
    // mappings in generated order: each one runs to the next (or to the end of its line)
    map.eachMapping(({ generatedLine, generatedColumn, source }) => {
      close(generatedLine, generatedColumn);
      previous = { line: generatedLine, column: generatedColumn, source: sourceName(source) };
    });
    close(-1, 0);
    // what no mapping covers: JSON modules (the bundled English texts), Rolldown's runtime
    // helpers, line breaks
    add(
      '(no source: JSON, bundler runtime)',
      Math.max(0, Buffer.byteLength(lines.join('\n')) - mapped),
    );
  }
  return bytes;
}

/** `@mantine/core`, `react-dom`; `src/mocks`; the floors' own page is `bench page` */
function sourceName(source) {
  if (!source) return '(no source: JSON, bundler runtime)';
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const src = /(?:^|\/)src\/([^/]+)\//.exec(source);
  if (source.includes('bench/')) return 'bench page';
  return src ? `src/${src[1]}` : '(no source: JSON, bundler runtime)';
}

// ---------------------------------------------------------------- Playwright

async function launchBrowser(chromiumPath) {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
}

const VIEWPORT = { width: 1280, height: 800 };

/** A first visit (fresh context: no storage, no cache). */
async function firstVisit(browser, url, body) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const requested = [];
  const errors = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(url);
    return await body(page, { requested, errors });
  } finally {
    await context.close();
  }
}

const waitForMark = (page, name, timeout = 30_000) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name, {
    timeout,
  });

const markTime = (page, name) =>
  page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, name);

/** The page's largest contentful paint so far (ms from navigation). */
const lcpOf = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries.at(-1)?.startTime ?? null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 2000);
      }),
  );

/**
 * The first page's JS that only the mock needs (MSW, handlers, store, scenarios): the chunks
 * reachable from src/mocks/browser.ts in Vite's manifest that no other loaded chunk imports.
 */
function mockShare(firstPage) {
  const manifestFile = join(ROOT, CONSOLE_OUT, '.vite/manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const closure = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const next of chunk.imports ?? []) closure(next, into);
    return into;
  };
  const mockKey = Object.keys(manifest).find((key) => key.startsWith('src/mocks/browser'));
  if (!mockKey) return null;
  const loaded = new Set(firstPage.js.files.map((f) => f.file.replace(/^\//, '')));
  const mock = closure(mockKey);
  const others = new Set();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (key === mockKey || !(chunk.isEntry || chunk.isDynamicEntry) || !loaded.has(chunk.file))
      continue;
    for (const file of closure(key)) others.add(file);
  }
  const files = firstPage.js.files.filter((f) => {
    const file = f.file.replace(/^\//, '');
    return mock.has(file) && !others.has(file);
  });
  return { ...sum(files), files: files.map((f) => f.file) };
}

async function measureBytes(browser, consoleUrl, floorUrl, stackUrl) {
  log('bytes of the first page (Playwright, first visit)…');
  const consoleFirst = await firstVisit(
    browser,
    `${consoleUrl}${PAGES.overview.path}`,
    async (page, { requested, errors }) => {
      await waitForMark(page, 'overview-data');
      await page.waitForLoadState('networkidle');
      await sleep(500);
      if (errors.length) log(`  console errors on /overview: ${errors.join(' | ')}`);
      const bytes = firstPageBytes(requested, CONSOLE_OUT, consoleUrl);
      // the page's code that is fetched once its data is on screen (what it prefetches while
      // idle: menus, the demo panel's entry, a chart)
      const late = new Set(
        await page.evaluate(() => {
          const shown = performance.getEntriesByName('overview-data', 'mark')[0].startTime;
          return performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime >= shown)
            .map((entry) => new URL(entry.name).pathname);
        }),
      );
      const afterData = bytes.js.files.filter((f) => late.has(f.file));
      return {
        ...bytes,
        mock: mockShare(bytes),
        afterData: { ...sum(afterData), files: afterData.map((f) => f.file) },
      };
    },
  );
  const floorFirst = await firstVisit(browser, `${floorUrl}/`, async (page, { requested }) => {
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(500);
    return firstPageBytes(requested, FLOOR_OUT, floorUrl);
  });
  const stackFirst = await firstVisit(browser, `${stackUrl}/`, async (page, { requested }) => {
    await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(500);
    return firstPageBytes(requested, STACK_OUT, stackUrl);
  });
  consoleFirst.js.bySource = await bytesBySource(consoleFirst, CONSOLE_OUT);
  floorFirst.js.bySource = await bytesBySource(floorFirst, FLOOR_OUT);
  stackFirst.js.bySource = await bytesBySource(stackFirst, STACK_OUT);
  return {
    console: { firstPage: consoleFirst, total: totalBytes(CONSOLE_OUT) },
    floor: { firstPage: floorFirst, total: totalBytes(FLOOR_OUT) },
    stackFloor: { firstPage: stackFirst, total: totalBytes(STACK_OUT) },
  };
}

async function measureTimings(browser, consoleUrl, floorUrl, stackUrl, runs) {
  const overviewData = [];
  const consoleLcp = [];
  const floorLcp = [];
  const stackLcp = [];
  // the floors' one page: its table is its largest paint
  const tablePageLcp = (url) =>
    firstVisit(browser, `${url}/`, async (page) => {
      await page.getByRole('table').waitFor();
      return lcpOf(page);
    });
  // one untimed visit of each first (cold disk caches, the first Chromium process)
  for (let i = 0; i <= runs; i += 1) {
    const timed = i > 0;
    const floor = await tablePageLcp(floorUrl);
    const stack = await tablePageLcp(stackUrl);
    const overview = await firstVisit(
      browser,
      `${consoleUrl}${PAGES.overview.path}`,
      async (page) => {
        await waitForMark(page, 'overview-data');
        const data = await markTime(page, 'overview-data');
        await sleep(300);
        return { data, lcp: await lcpOf(page) };
      },
    );
    if (!timed) continue;
    floorLcp.push(floor);
    stackLcp.push(stack);
    overviewData.push(overview.data);
    consoleLcp.push(overview.lcp);
    log(
      `  timing ${i}/${runs}: Overview data ${fmtMs(overview.data)}, console LCP ${fmtMs(overview.lcp)}, floor LCP ${fmtMs(floor)}, stack floor LCP ${fmtMs(stack)}`,
    );
  }

  log('quota change → new price (Upgrade wizard)…');
  const quotaToPrice = await firstVisit(
    browser,
    `${consoleUrl}${PAGES.upgrade.path}`,
    async (page) => {
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      const quota = page.getByRole('textbox', { name: 'Asset quota' });
      await quota.waitFor();
      // the first quote (the smallest allowed quota) is on screen
      await waitForMark(page, 'quote-shown').catch(() => undefined);
      await page.evaluate(() => {
        window.__benchInputs = [];
        document.addEventListener(
          'input',
          (event) => window.__benchInputs.push(event.timeStamp),
          true,
        );
      });
      const start = Number(await quota.inputValue()) || 11;
      const times = [];
      for (let i = 0; i <= runs; i += 1) {
        const value = start + 1 + i;
        await sleep(400); // past the quote's debounce, so the change is sent at once
        await quota.fill(String(value));
        await page.waitForFunction(
          (quota) =>
            performance
              .getEntriesByName('quote-shown', 'mark')
              .some((mark) => mark.detail && mark.detail.quota === quota),
          value,
          { timeout: 10_000 },
        );
        const elapsed = await page.evaluate((quota) => {
          const mark = performance
            .getEntriesByName('quote-shown', 'mark')
            .find((entry) => entry.detail && entry.detail.quota === quota);
          const inputs = window.__benchInputs.filter((t) => t <= mark.startTime);
          return inputs.length ? mark.startTime - inputs[inputs.length - 1] : null;
        }, value);
        if (i > 0) {
          times.push(elapsed);
          log(`  quota ${value}: new price after ${fmtMs(elapsed)}`);
        }
        await page.evaluate(() => (window.__benchInputs = []));
      }
      return times;
    },
  );

  const summary = (values) => ({ median: median(values), runs: values });
  return {
    console: {
      overviewData: summary(overviewData),
      lcp: summary(consoleLcp),
      quotaToPrice: summary(quotaToPrice),
    },
    floor: { lcp: summary(floorLcp) },
    stackFloor: { lcp: summary(stackLcp) },
  };
}

// ---------------------------------------------------------------- Lighthouse

async function lighthouseRun(chromiumPath, url, preset) {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const score = (id) =>
      lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    // what kept a category below 100, to fix at the source
    const failing = CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null)
        .filter((ref) => (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    const consoleErrors = (lhr.audits['errors-in-console']?.details?.items ?? []).map((item) =>
      `${item.source ?? ''} ${item.description ?? ''}`.trim(),
    );
    const lcpTable = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
    const lcpNode = lcpTable?.items?.[0]?.node ?? lcpTable?.node;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      failing,
      lcpElement: lcpNode ? `${lcpNode.nodeLabel ?? ''} ${lcpNode.snippet ?? ''}`.trim() : null,
      consoleErrors,
      runtimeError: lhr.runtimeError?.message,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
  }
}

const LH_FIELDS = ['performance', 'accessibility', 'bestPractices', 'fcp', 'lcp', 'tbt'];

async function measureLighthouse(chromiumPath, urls, runs, only, presets) {
  const { consoleUrl, floorUrl, stackUrl } = urls;
  const all = [
    { app: 'floor', page: 'floor', url: `${floorUrl}/` },
    { app: 'stackFloor', page: 'stack', url: `${stackUrl}/` },
    ...Object.entries(PAGES).map(([page, { path }]) => ({
      app: 'console',
      page,
      url: `${consoleUrl}${path}`,
    })),
  ];
  const targets = only ? all.filter((target) => only.includes(target.page)) : all;
  const total = targets.length * presets.length * runs;
  const raw = {};
  let done = 0;
  for (const preset of presets) {
    // runs interleaved across the apps, so a busy moment of the machine hits all of them
    for (let run = 1; run <= runs; run += 1) {
      for (const target of targets) {
        done += 1;
        const started = Date.now();
        let result;
        try {
          result = await lighthouseRun(chromiumPath, target.url, preset);
        } catch (error) {
          result = { error: String(error?.message ?? error) };
        }
        ((raw[target.app] ??= {})[target.page] ??= {})[preset] ??= [];
        raw[target.app][target.page][preset].push(result);
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        const what = `${target.app} ${target.page} ${preset} run ${run}`;
        if (result.error || result.runtimeError) {
          log(
            `lighthouse ${done}/${total}: ${what} FAILED: ${result.error ?? result.runtimeError}`,
          );
        } else {
          log(
            `lighthouse ${done}/${total}: ${what} → perf ${result.performance}, a11y ${result.accessibility}, bp ${result.bestPractices}, FCP ${fmtMs(result.fcp)}, LCP ${fmtMs(result.lcp)}, TBT ${fmtMs(result.tbt)} (${seconds} s)`,
          );
          if (result.failing.length) log(`    below 100: ${result.failing.join(', ')}`);
          if (result.lcpElement) log(`    LCP element: ${result.lcpElement.slice(0, 160)}`);
          if (result.consoleErrors.length)
            log(`    console errors: ${result.consoleErrors.join(' | ')}`);
        }
      }
    }
  }
  const summarise = (list) => {
    const out = {};
    for (const field of LH_FIELDS) out[field] = median(list.map((r) => r[field]));
    out.failing = [...new Set(list.flatMap((r) => r.failing ?? []))];
    out.runs = list;
    return out;
  };
  const result = {};
  for (const [app, pages] of Object.entries(raw)) {
    result[app] = {};
    for (const [page, presets] of Object.entries(pages)) {
      result[app][page] = {};
      for (const [preset, list] of Object.entries(presets)) {
        result[app][page][preset] = summarise(list);
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------- report

function fmtMs(ms) {
  return ms == null ? '—' : `${Math.round(ms)} ms`;
}
function fmtKb(bytes) {
  return bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
}
function fmtRatio(value, floor) {
  if (value == null || floor == null || floor === 0) return '—';
  return `${(value / floor).toFixed(2)}×`;
}

function table(results) {
  const c = results.console;
  const f = results.floor;
  const s = results.stackFloor;
  const rows = [];
  const row = (figure, value, floor, format, extra = {}) =>
    rows.push({
      figure,
      console: format(value),
      floor: format(floor),
      ratio: extra.ratio ?? fmtRatio(value, floor),
      stack: extra.stack == null ? '—' : `${format(extra.stack)} (${fmtRatio(extra.stack, floor)})`,
    });

  for (const [scope, label] of [
    ['firstPage', 'First page (/overview)'],
    ['total', 'Whole build'],
  ]) {
    for (const kind of ['js', 'css']) {
      for (const encoding of ['raw', 'gzip']) {
        row(
          `${label}: ${kind.toUpperCase()} ${encoding}`,
          c.bytes?.[scope]?.[kind]?.[encoding],
          f.bytes?.[scope]?.[kind]?.[encoding],
          fmtKb,
          { stack: s?.bytes?.[scope]?.[kind]?.[encoding] },
        );
      }
    }
  }
  const mock = c.bytes?.firstPage?.mock;
  if (mock) {
    row('First page: of which the mock (JS raw)', mock.raw, null, fmtKb, { ratio: '—' });
    row('First page: of which the mock (JS gzip)', mock.gzip, null, fmtKb, { ratio: '—' });
  }
  const afterData = c.bytes?.firstPage?.afterData;
  if (afterData) {
    const label = 'First page: of which fetched after its data is on screen';
    row(`${label} (JS raw)`, afterData.raw, null, fmtKb, { ratio: '—' });
    row(`${label} (JS gzip)`, afterData.gzip, null, fmtKb, { ratio: '—' });
  }
  const score = (v) => (v == null ? '—' : String(v));
  for (const preset of PRESETS) {
    for (const [page, { label }] of Object.entries(PAGES)) {
      const lh = c.lighthouse?.[page]?.[preset];
      const floorLh = f.lighthouse?.floor?.[preset];
      // the stack floor is one page: the same figures stand beside each console page
      const stackLh = s?.lighthouse?.stack?.[preset];
      if (!lh) continue;
      const name = `Lighthouse ${preset}, ${label}`;
      const lhRow = (figure, field, format, extra = {}) =>
        row(`${name}: ${figure}`, lh[field], floorLh?.[field], format, {
          stack: stackLh?.[field],
          ...extra,
        });
      lhRow('performance', 'performance', score);
      lhRow('accessibility', 'accessibility', score);
      lhRow('best practices', 'bestPractices', score);
      lhRow('FCP', 'fcp', fmtMs);
      lhRow('LCP', 'lcp', fmtMs);
      lhRow('TBT', 'tbt', fmtMs, {
        ratio: lh.tbt != null && floorLh?.tbt != null && floorLh.tbt < 10 ? '—' : undefined,
      });
    }
  }
  if (c.timings) {
    row(
      'Overview data on screen (vs the floor’s LCP)',
      c.timings.overviewData.median,
      f.timings?.lcp.median,
      fmtMs,
      // the stack floor's own table on screen (its LCP): what the stack alone takes
      { stack: s?.timings?.lcp.median },
    );
    row('LCP, Playwright, no throttling', c.timings.lcp.median, f.timings?.lcp.median, fmtMs, {
      stack: s?.timings?.lcp.median,
    });
    row('Quota change → new price (Upgrade wizard)', c.timings.quotaToPrice.median, null, fmtMs, {
      ratio: '—',
    });
  }
  return rows;
}

function markdown(results, checks) {
  const m = results.machine;
  const verdicts = new Map();
  for (const check of checks ?? []) {
    const list = verdicts.get(check.figure) ?? [];
    list.push(check);
    verdicts.set(check.figure, list);
  }
  const lines = [
    `Measured ${results.date} on ${m.cores} cores, ${m.memory} RAM, ${m.cpu}; Node ${m.node}; ${m.chromium}; Lighthouse ${m.lighthouse}.`,
    `Lighthouse: median of ${results.runs.lighthouse} runs per page and preset (simulated throttling, storage cleared: a first visit). Timings: median of ${results.runs.timings} first visits in Playwright (1280×800, no throttling). gzip: level 6, as a static host sends it.`,
    '',
    '| figure | console | floor | ratio | budget | stack floor (ratio) |',
    '| --- | --: | --: | --: | --- | --: |',
  ];
  for (const r of table(results)) {
    const budget = (verdicts.get(r.figure) ?? [])
      .map((v) => `${v.ok ? '✓' : '✗'} ${v.rule}`)
      .join('; ');
    lines.push(`| ${r.figure} | ${r.console} | ${r.floor} | ${r.ratio} | ${budget} | ${r.stack} |`);
  }
  lines.push(...sourceTable(results));
  return lines.join('\n') + '\n';
}

/** The first page's JS by where it comes from (bytesBySource), console beside both floors. */
function sourceTable(results) {
  const of = (app) => results[app]?.bytes?.firstPage?.js?.bySource;
  const apps = ['console', 'stackFloor', 'floor'];
  if (!apps.every(of)) return [];
  const sources = [...new Set(apps.flatMap((app) => Object.keys(of(app))))];
  const largest = (source) => Math.max(...apps.map((app) => of(app)[source] ?? 0));
  // sources of 2 KB or more in any of the three; the rest in one line
  const shown = sources.filter((source) => largest(source) >= 2048);
  shown.sort((a, b) => largest(b) - largest(a));
  const cell = (app, list) => {
    const bytes = list.reduce((total, source) => total + (of(app)[source] ?? 0), 0);
    return bytes ? fmtKb(bytes) : '—';
  };
  const rest = sources.filter((source) => !shown.includes(source));
  const rows = [...shown.map((source) => [source, [source]]), ['everything else', rest]];
  rows.push(['**all**', sources]);
  return [
    '',
    'Where the first page’s JavaScript comes from: minified bytes (raw; gzip does not split by source) per npm package or folder of `src/`, from the source maps.',
    '',
    '| source | console | stack floor | floor |',
    '| --- | --: | --: | --: |',
    ...rows.map(
      ([name, list]) => `| ${name} | ${apps.map((app) => cell(app, list)).join(' | ')} |`,
    ),
  ];
}

// ---------------------------------------------------------------- budgets

function figureFor(metric) {
  const [app, group, page, preset, field] = metric.split('.');
  if (group === 'bytes') {
    // console.bytes.firstPage.js.gzip
    const label = page === 'firstPage' ? 'First page (/overview)' : 'Whole build';
    return `${label}: ${preset.toUpperCase()} ${field}`;
  }
  if (group === 'lighthouse' && app === 'console') {
    const names = {
      performance: 'performance',
      accessibility: 'accessibility',
      bestPractices: 'best practices',
      fcp: 'FCP',
      lcp: 'LCP',
      tbt: 'TBT',
    };
    return `Lighthouse ${preset}, ${PAGES[page]?.label ?? page}: ${names[field] ?? field}`;
  }
  if (group === 'timings') {
    if (page === 'overviewData') return 'Overview data on screen (vs the floor’s LCP)';
    if (page === 'quotaToPrice') return 'Quota change → new price (Upgrade wizard)';
    if (page === 'lcp') return 'LCP, Playwright, no throttling';
  }
  return metric;
}

function check(results, budgets) {
  const checks = [];
  for (const budget of budgets.budgets) {
    const matches = resolvePaths(results, budget.metric);
    if (matches.length === 0) {
      checks.push({
        ok: false,
        figure: budget.metric,
        metric: budget.metric,
        rule: budget.name,
        line: `${budget.name}: not measured (${budget.metric})`,
      });
      continue;
    }
    for (const { path, value } of matches) {
      let ok;
      let rule;
      let line;
      if (budget.maxRatio !== undefined) {
        const [{ value: reference } = { value: null }] = resolvePaths(results, budget.of);
        const ratio = value != null && reference ? value / reference : null;
        ok = ratio != null && ratio <= budget.maxRatio;
        rule = `≤ ${budget.maxRatio} × floor`;
        line = `${budget.name} (${path}): ${ratio == null ? 'not measured' : `${ratio.toFixed(2)} × floor`}, budget ≤ ${budget.maxRatio} ×`;
      } else if (budget.min !== undefined) {
        ok = value != null && value >= budget.min;
        rule = `≥ ${budget.min}`;
        line = `${budget.name} (${path}): ${value ?? 'not measured'}, budget ≥ ${budget.min}`;
      } else {
        ok = value != null && value <= budget.max;
        rule = `≤ ${budget.max}${budget.unit ? ` ${budget.unit}` : ''}`;
        line = `${budget.name} (${path}): ${value == null ? 'not measured' : Math.round(value)}, budget ≤ ${budget.max}${budget.unit ? ` ${budget.unit}` : ''}`;
      }
      checks.push({ ok, figure: figureFor(path), metric: path, rule, line });
    }
  }
  return checks;
}

// ---------------------------------------------------------------- main

/** Prettier's formatting, as `npm run format:check` expects of committed files */
async function pretty(file, text) {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, filepath: file });
}

async function writeResults(results, markdownText, name) {
  mkdirSync(RESULTS, { recursive: true });
  const json = join(RESULTS, `${name}.json`);
  const md = join(RESULTS, `${name}.md`);
  writeFileSync(json, await pretty(json, JSON.stringify(results, null, 2)));
  writeFileSync(md, await pretty(md, `# Benchmark: ${name}\n\n${markdownText}`));
  log(`wrote ${relative(ROOT, md)} and .json`);
}

async function updateReadme(markdownText) {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const text = readFileSync(README, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    log(`README.md has no ${start} … ${end} markers; table not copied`);
    return;
  }
  const updated = `${text.slice(0, from + start.length)}\n\n${markdownText}\n${text.slice(to)}`;
  writeFileSync(README, await pretty(README, updated));
  log('copied the table into README.md');
}

async function measure(options) {
  const chromium = findChromium();
  if (!chromium) throw new Error('No Chromium (see scripts/find-chromium.mjs)');
  if (!options.skipBuild) build();
  else if ([CONSOLE_OUT, FLOOR_OUT, STACK_OUT].some((out) => !existsSync(join(ROOT, out))))
    throw new Error(
      `--skip-build: build first (${CONSOLE_OUT}/, ${FLOOR_OUT}/ or ${STACK_OUT}/ is missing)`,
    );

  const port = Number(process.env.BENCH_PORT ?? 4301);
  const consoleUrl = await serve('console', ['--outDir', CONSOLE_OUT], port);
  const floorUrl = await serve('floor', ['--config', FLOOR_CONFIG], port + 1);
  const stackUrl = await serve('stack floor', ['--config', STACK_CONFIG], port + 2);

  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: machine(chromium.path),
    runs: { lighthouse: options.runs, timings: options.timingRuns },
    console: {},
    floor: {},
    stackFloor: {},
  };

  const browser = await launchBrowser(chromium.path);
  try {
    const bytes = await measureBytes(browser, consoleUrl, floorUrl, stackUrl);
    results.console.bytes = bytes.console;
    results.floor.bytes = bytes.floor;
    results.stackFloor.bytes = bytes.stackFloor;
    log(
      `  first page JS gzip: console ${fmtKb(bytes.console.firstPage.js.gzip)} (${bytes.console.firstPage.js.files.length} files), floor ${fmtKb(bytes.floor.firstPage.js.gzip)}, stack floor ${fmtKb(bytes.stackFloor.firstPage.js.gzip)}`,
    );
    if (options.timings) {
      log(`timings (Playwright, ${options.timingRuns} first visits each)…`);
      const timings = await measureTimings(
        browser,
        consoleUrl,
        floorUrl,
        stackUrl,
        options.timingRuns,
      );
      results.console.timings = timings.console;
      results.floor.timings = timings.floor;
      results.stackFloor.timings = timings.stackFloor;
    }
  } finally {
    await browser.close();
  }

  if (options.lighthouse) {
    const presetCount = (options.presets ?? PRESETS).length;
    const pageCount = options.only?.length ?? Object.keys(PAGES).length + 2;
    log(
      `Lighthouse: ${options.runs} runs × ${presetCount} presets × ${pageCount} pages (${options.runs * presetCount * pageCount} runs; about 20 s each here)…`,
    );
    const lighthouse = await measureLighthouse(
      chromium.path,
      { consoleUrl, floorUrl, stackUrl },
      options.runs,
      options.only,
      options.presets,
    );
    results.console.lighthouse = lighthouse.console;
    results.floor.lighthouse = lighthouse.floor;
    results.stackFloor.lighthouse = lighthouse.stackFloor;
  }
  return results;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let results;
  if (options.reuse) {
    results = JSON.parse(readFileSync(join(RESULTS, 'latest.json'), 'utf8'));
    log(`reusing bench/results/latest.json (${results.date})`);
  } else {
    try {
      results = await measure(options);
    } finally {
      stopServers();
    }
  }

  const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));
  const checks = check(results, budgets);
  const text = markdown(results, checks);
  if (!options.reuse) {
    results.checks = checks.map(({ ok, metric, line }) => ({ ok, metric, line }));
    await writeResults(results, text, 'latest');
    if (options.save) await writeResults(results, text, options.save);
    if (options.readme) await updateReadme(text);
  }
  console.log(`\n${text}`);

  const failing = checks.filter((c) => !c.ok);
  if (options.check) {
    if (failing.length) {
      console.log(`Budgets: ${failing.length} of ${checks.length} failing:`);
      for (const c of failing) console.log(`  ✗ ${c.line}`);
      process.exitCode = 1;
    } else {
      console.log(`Budgets: all ${checks.length} met (bench/budgets.json).`);
    }
  } else if (failing.length) {
    console.log(
      `(${failing.length} budget lines not met; \`npm run bench -- --check\` fails on them)`,
    );
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServers();
    process.exit(130);
  });
}

main().catch((error) => {
  stopServers();
  console.error(`[bench] ${error?.stack ?? error}`);
  process.exit(2);
});
