/**
 * Fonts that a test installs into the page under test, never into the app: what a test
 * measures or compares with a screenshot then does not depend on the fonts of the machine
 * it runs on (a fresh Debian has DejaVu Sans where another machine has Liberation Sans or
 * Roboto, and a page is 20 px taller or shorter for it).
 *
 * The font files come from the project's devDependencies (@fontsource packages), are served
 * to the page by a route of its own (`/__e2e-fonts/…`, same origin) and replace every font
 * the page asks for. `expectOnlyTestFont` checks with the browser's own report
 * (`CSS.getPlatformFontsForNode`) that no text fell back to a font of the machine, e.g. for
 * a character the test font lacks.
 *
 * - DejaVu Sans: the font many Linux systems fall back to, and one of the widest.
 * - Noto Sans SC (the Simplified Chinese cut of Noto Sans CJK): Chinese pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type TestFont = {
  /** the family name the page sees: unlike any installed font, so none can stand in for it */
  family: string;
  /** the name inside the font files, as the browser reports the font it used */
  fileFamily: string;
  pkg: string;
  /** the package's stylesheets whose @font-face rules are installed */
  stylesheets: string[];
  /** a character of each subset the page needs loaded before it is measured */
  sample: string;
};

export const DEJAVU_SANS: TestFont = {
  family: 'e2e DejaVu Sans',
  fileFamily: 'DejaVu Sans',
  pkg: '@fontsource/dejavu-sans',
  stylesheets: ['400.css', '400-italic.css', '700.css', '700-italic.css'],
  sample: 'A',
};

export const NOTO_SANS_SC: TestFont = {
  family: 'e2e Noto Sans SC',
  fileFamily: 'Noto Sans SC',
  pkg: '@fontsource-variable/noto-sans-sc',
  stylesheets: ['index.css'],
  sample: 'A版',
};

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const ROUTE = '/__e2e-fonts/';

/** The package's @font-face rules, renamed to the test family and pointed at the test route. */
function fontFaces(font: TestFont): string {
  const dir = packageDir(font.pkg);
  return (
    font.stylesheets
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n')
      .replace(/font-family:\s*'[^']+'/g, `font-family: '${font.family}'`)
      .replace(/url\(\.\/files\//g, `url(${ROUTE}${encodeURIComponent(font.pkg)}/`)
      // text waits for its font rather than showing in a fallback first
      .replace(/font-display:\s*swap/g, 'font-display: block')
  );
}

/**
 * Installs `font` into the page: every element of every document the page opens from now on
 * (reloads included) uses it and nothing else. Call before `page.goto`, then
 * `waitForTestFont` once the page is there.
 */
export async function useTestFont(page: Page, font: TestFont) {
  await page.route(`**${ROUTE}**`, async (route) => {
    const [pkg, file] = new URL(route.request().url()).pathname
      .slice(ROUTE.length)
      .split('/')
      .map(decodeURIComponent);
    if (pkg !== font.pkg || !file || file.includes('..')) return route.fulfill({ status: 404 });
    await route.fulfill({
      body: readFileSync(join(packageDir(pkg), 'files', file)),
      contentType: file.endsWith('.woff2') ? 'font/woff2' : 'font/woff',
    });
  });
  const css = `${fontFaces(font)}
*, *::before, *::after { font-family: '${font.family}' !important; }`;
  await page.addInitScript((text) => {
    const style = document.createElement('style');
    style.setAttribute('data-e2e-font', '');
    style.textContent = text;
    // the init script may run before the parser has made <html>
    const add = () => Boolean(document.documentElement?.appendChild(style));
    if (!add()) {
      new MutationObserver((_, observer) => {
        if (add()) observer.disconnect();
      }).observe(document, { childList: true });
    }
  }, css);
}

/** Resolves once the test font is loaded (for the subsets of `font.sample`) and laid out. */
export async function waitForTestFont(page: Page, font: TestFont) {
  const loaded = await page.evaluate(
    async ({ family, sample }) => {
      await document.fonts.load(`400 16px "${family}"`, sample);
      await document.fonts.load(`700 16px "${family}"`, sample);
      await document.fonts.ready;
      // one frame for the layout with the loaded font
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return document.fonts.check(`400 16px "${family}"`, sample);
    },
    { family: font.family, sample: font.sample },
  );
  expect(loaded, `${font.family} loaded in the page`).toBe(true);
}

/**
 * Every piece of text rendered inside `selector` was drawn with the test font, as the
 * browser itself reports it: no character fell back to a font of this machine.
 */
export async function expectOnlyTestFont(page: Page, font: TestFont, selector = 'body') {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const fallbacks = new Map<string, string>();
    for (const scope of nodeIds) {
      const { nodeIds: elements } = await cdp.send('DOM.querySelectorAll', {
        nodeId: scope,
        selector: '*',
      });
      for (const nodeId of [scope, ...elements]) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const used of fonts) {
          // a variable font names its default instance: "Noto Sans SC Thin"
          if (used.isCustomFont && used.familyName.startsWith(font.fileFamily)) continue;
          if (fallbacks.has(used.familyName)) continue;
          const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
          fallbacks.set(used.familyName, outerHTML.slice(0, 160));
        }
      }
    }
    expect(
      [...fallbacks].map(([family, where]) => `${family} in ${where}`),
      `text drawn with a font of this machine instead of ${font.fileFamily}`,
    ).toEqual([]);
  } finally {
    await cdp.detach();
  }
}
