/**
 * First visits in Playwright's Chromium: the bytes a first page requests, and what a phone sees
 * (the page loaded under Lighthouse's own mobile throttling, applied by the browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { throttling } from 'lighthouse/core/config/constants.js';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
import { ROOT, type App } from './apps.ts';

export const launch = (executablePath: string) =>
  chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

/** Lighthouse's mobile preset as the browser applies it: its phone, link and CPU. */
export const PHONE = throttling.mobileSlow4G;
const PHONE_CONTEXT: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/** A first visit (a new context: no storage, no cache), on a phone when `phone`. */
async function visit<T>(
  browser: Browser,
  url: string,
  phone: boolean,
  body: (page: Page, requested: string[]) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(
    phone ? PHONE_CONTEXT : { viewport: { width: 1280, height: 800 } },
  );
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  try {
    if (phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: PHONE.requestLatencyMs,
        downloadThroughput: (PHONE.downloadThroughputKbps * 1024) / 8,
        uploadThroughput: (PHONE.uploadThroughputKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdownMultiplier });
    }
    await page.goto(url, { timeout: 60_000 });
    return await body(page, requested);
  } finally {
    await context.close();
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const markTime = (page: Page, name: string) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, name, {
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue() as Promise<number>);

/** First and largest contentful paint once the page is quiet (ms from navigation). */
const paints = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ fcp: number | null; lcp: number | null }>((done) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        new PerformanceObserver((list) =>
          done({ fcp, lcp: list.getEntries().at(-1)?.startTime ?? null }),
        ).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => done({ fcp, lcp: null }), 2000);
      }),
  );

export type PhoneVisit = { fcp: number | null; lcp: number | null; data?: number };

/**
 * A page on a phone: its paints once it is rendered (its heading; the table of a floor) and quiet,
 * and for the Overview when its data was on screen.
 */
export function phoneVisit(browser: Browser, url: string, overview: boolean): Promise<PhoneVisit> {
  return visit(browser, url, true, async (page) => {
    const data = overview ? await markTime(page, 'overview-data') : undefined;
    await page.locator('h1, table').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await sleep(1500);
    return { ...(await paints(page)), ...(data === undefined ? {} : { data }) };
  });
}

/** In the Upgrade wizard, a change of the quota field → its new price on screen (ms), `runs` times. */
export function quotaToPrice(
  browser: Browser,
  url: string,
  runs: number,
  phone: boolean,
): Promise<number[]> {
  return visit(browser, url, phone, async (page) => {
    await page.getByRole('button', { name: 'Next', exact: true }).click({ timeout: 60_000 });
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await markTime(page, 'quote-shown');
    await page.evaluate(() => {
      const inputs: number[] = [];
      Object.assign(window, { benchInputs: inputs });
      document.addEventListener('input', (event) => inputs.push(event.timeStamp), true);
    });
    const start = Number(await quota.inputValue()) || 11;
    const times: number[] = [];
    for (let i = 0; i <= runs; i += 1) {
      const value = start + 1 + i;
      await sleep(400); // past the quote's debounce, so the change is sent at once
      await quota.fill(String(value));
      const elapsed = await page
        .waitForFunction(
          (quota) => {
            const mark = performance
              .getEntriesByName('quote-shown', 'mark')
              .find((entry) => (entry as { detail?: { quota?: number } }).detail?.quota === quota);
            const inputs = (window as unknown as { benchInputs: number[] }).benchInputs;
            const input = inputs.filter((time) => mark && time <= mark.startTime).at(-1);
            return mark && input !== undefined ? mark.startTime - input : undefined;
          },
          value,
          { timeout: 20_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<number>);
      if (i > 0) times.push(elapsed); // the first change warms the page up
    }
    return times;
  });
}

type Size = { raw: number; gzip: number };
export type FirstPageBytes = {
  js: Size & { files: string[] };
  css: Size & { files: string[] };
  /** the JS fetched once the Overview's data is on screen (what it loads while idle) */
  afterData?: Size;
  /** minified JS bytes by npm package or folder of src/, from the source maps */
  bySource: Record<string, number>;
};

const sizeOf = (file: string): Size => {
  const buffer = readFileSync(file);
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
};
const sum = (sizes: Size[]): Size =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** The JS and CSS a first visit requests, until the page is done and the network idle. */
export function firstPageBytes(browser: Browser, app: App, url: string): Promise<FirstPageBytes> {
  const overview = app.name === 'console' || app.name === 'baseline';
  return visit(browser, url, false, async (page, requested) => {
    const dataAt = overview ? await markTime(page, 'overview-data') : 0;
    if (!overview) await page.getByRole('table').waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(500);
    const late = new Set(
      await page.evaluate(
        (after) =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime >= after)
            .map((entry) => new URL(entry.name).pathname),
        dataAt,
      ),
    );
    const outDir = resolve(ROOT, app.outDir);
    const files = [...new Set(requested.map((href) => new URL(href).pathname))].filter((path) =>
      existsSync(join(outDir, path)),
    );
    const of = (ext: string) => {
      const list = files.filter((path) => path.endsWith(ext));
      return { ...sum(list.map((path) => sizeOf(join(outDir, path)))), files: list };
    };
    const js = of('.js');
    return {
      js,
      css: of('.css'),
      ...(overview
        ? {
            afterData: sum(
              js.files.filter((path) => late.has(path)).map((path) => sizeOf(join(outDir, path))),
            ),
          }
        : {}),
      bySource: bySource(outDir, js.files),
    };
  });
}

/** `@mantine/core`, `react-dom`; `src/mocks`; the floors' own page is `bench page`. */
function sourceName(source: string | null): string {
  const other = '(no source: JSON, bundler runtime)';
  if (!source) return other;
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = source.slice(modules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (source.includes('bench/')) return 'bench page';
  const folder = /(?:^|\/)src\/([^/]+)\//.exec(source)?.[1];
  return folder ? `src/${folder}` : other;
}

/** Where each file's minified bytes come from: each mapping runs to the next one. */
function bySource(outDir: string, files: string[]): Record<string, number> {
  const bytes: Record<string, number> = {};
  const add = (source: string, length: number) => (bytes[source] = (bytes[source] ?? 0) + length);
  for (const file of files) {
    const path = join(outDir, file);
    const code = readFileSync(path, 'utf8');
    if (!existsSync(`${path}.map`)) {
      add('(no source map)', code.length);
      continue;
    }
    const lines = code.split('\n');
    const map = new SourceMapConsumer(readFileSync(`${path}.map`, 'utf8'));
    let previous: { line: number; column: number; source: string } | undefined;
    let mapped = 0;
    const close = (line: number, column: number) => {
      if (!previous) return;
      const end = line === previous.line ? column : (lines[previous.line - 1]?.length ?? 0);
      add(previous.source, end - previous.column);
      mapped += end - previous.column;
    };
    map.eachMapping(({ generatedLine, generatedColumn, source }) => {
      close(generatedLine, generatedColumn);
      previous = { line: generatedLine, column: generatedColumn, source: sourceName(source) };
    });
    close(-1, 0);
    add(sourceName(null), Math.max(0, Buffer.byteLength(code) - mapped));
  }
  return bytes;
}
