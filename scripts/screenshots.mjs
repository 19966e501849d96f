#!/usr/bin/env node
/**
 * Screenshots of the shell for a visual check: desktop (1280 px) and phone (375 px),
 * light and dark, into test-results/screenshots/. Serves the existing dist/ with
 * `vite preview` on a spare port (run `npm run build` first), or uses SCREENSHOT_URL.
 *
 *   npm run build && node scripts/screenshots.mjs
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const OUT = 'test-results/screenshots';
/** `SCREENSHOT_LANG=zh` for the Chinese interface */
const LANG = process.env.SCREENSHOT_LANG ?? 'en';
const PORT = 4179;
const base = process.env.SCREENSHOT_URL ?? `http://127.0.0.1:${PORT}`;

const PAGES = [
  ['overview', '/overview'],
  ['help', '/help/permissions?region=ap-southeast-1'],
  ['not-found', '/nope'],
];
const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 760 }],
];

async function waitFor(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

const server = process.env.SCREENSHOT_URL
  ? undefined
  : spawn(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'preview',
        '--port',
        String(PORT),
        '--strictPort',
        '--host',
        '127.0.0.1',
      ],
      {
        stdio: 'ignore',
      },
    );

try {
  await waitFor(base);
  const found = findChromium();
  if (!found) throw new Error('no Chromium');
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  mkdirSync(OUT, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    for (const [viewportName, viewport] of VIEWPORTS) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      await context.addInitScript((lng) => localStorage.setItem('sc-ui:language', lng), LANG);
      const page = await context.newPage();
      for (const [name, path] of PAGES) {
        await page.goto(base + path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page
          .getByRole('status', { name: /^(Edition: (?!loading)|版本：(?!加载中))/ })
          .waitFor();
        await page.waitForTimeout(300);
        const file = `${OUT}/${name}-${viewportName}-${scheme}-${LANG}.png`;
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      if (viewportName === 'phone') {
        await page.goto(`${base}/overview`);
        await page.getByRole('button', { name: /Toggle navigation|展开或收起导航/ }).click();
        await page.waitForTimeout(400);
        const file = `${OUT}/navbar-open-phone-${scheme}-${LANG}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
} finally {
  server?.kill();
}
