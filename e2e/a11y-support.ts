/**
 * Shared by the accessibility, Chinese, responsive and colour-scheme journeys: a page
 * that has finished loading, a fixed clock, and axe with a report a person can read.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** The instant every fixed-clock journey runs at (a Monday, mid-year, no DST edge). */
export const FIXED_NOW = new Date('2025-06-16T04:00:00.000Z');

/**
 * Freezes `Date` in the page (the in-browser mock reads it too, so scenarios, expiry
 * dates and charts are the same on every run); timers keep running.
 */
export async function fixClock(page: Page, now: Date = FIXED_NOW) {
  await page.clock.setFixedTime(now);
}

/** Opens `url` (optionally loading a demo scenario first) and waits until the page has settled. */
export async function openPage(page: Page, url: string, scenario?: string) {
  const target = scenario
    ? `${url}${url.includes('?') ? '&' : '?'}scenario=${encodeURIComponent(scenario)}`
    : url;
  await page.goto(target);
  await settled(page);
}

/** The shell and the page's h1 are there, and nothing is loading any more. */
export async function settled(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.mantine-Skeleton-root')).toHaveCount(0);
  await expect(page.getByRole('progressbar', { name: /loading|加载/i })).toHaveCount(0);
  // the edition badge has its answer (not "loading")
  await expect(page.getByRole('status', { name: /^(Edition|版本)[:：]/ })).not.toHaveAccessibleName(
    /loading|加载中/,
  );
  // let transitions (menus, modals, the navbar) finish before anything is measured
  await transitionsDone(page);
}

const IMPACTS = ['serious', 'critical'] as const;

/**
 * Resolves once no finite CSS transition or animation is running (a menu fading in, an item's
 * hover colour), so axe reads the colours a person sees, not a frame in between. Endless ones
 * (a loader's spin) are not waited for.
 */
export async function transitionsDone(page: Page) {
  // a transition starts with the frame after the change that causes it (a dialog opened)
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

/** axe violations of impact serious or critical, as lines a person can read. */
export async function axeViolations(page: Page, testInfo?: TestInfo, label = 'page') {
  await transitionsDone(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations.filter((v) =>
    (IMPACTS as readonly string[]).includes(v.impact ?? ''),
  );
  if (blocking.length && testInfo) {
    await testInfo.attach(`axe-${label}.json`, {
      body: JSON.stringify(blocking, null, 2),
      contentType: 'application/json',
    });
  }
  return blocking.map((v) =>
    [
      `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n\s*/g, ' ') ?? ''}\n      ${n.html.slice(0, 160)}`,
        ),
      ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
    ].join('\n'),
  );
}

/** Fails with a readable list when axe finds a serious or critical violation. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, label: string) {
  const violations = await axeViolations(page, testInfo, label);
  expect(violations, `axe on ${label} (${page.url()}):\n${violations.join('\n')}`).toEqual([]);
}

/** The document's landmarks and headings as a screen reader finds them. */
export async function expectPageStructure(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: /Main navigation|主导航/ })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const h1 = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  expect(h1).not.toBe('');
  // the tab title names the page
  await expect(page).toHaveTitle(new RegExp(escapeRegExp(h1)));
  // headings do not skip a level (h1 → h3)
  const levels = await page
    .locator('main')
    .locator('h1, h2, h3, h4, h5, h6, [role="heading"]')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => (n as HTMLElement).offsetParent !== null)
        .map((n) => Number(n.getAttribute('aria-level') ?? n.tagName.slice(1))),
    );
  for (let i = 1; i < levels.length; i++) {
    expect(
      levels[i]! - levels[i - 1]!,
      `heading levels in order in <main>: ${levels.join(', ')}`,
    ).toBeLessThanOrEqual(1);
  }
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** WCAG contrast ratio of two CSS colours (`rgb(…)`/`rgba(…)`). */
export function contrastRatio(foreground: string, background: string): number {
  const parse = (css: string) => {
    const srgb = /color\(srgb ([^)]+)\)/.exec(css);
    const match = srgb ?? /rgba?\(([^)]+)\)/.exec(css);
    if (!match) throw new Error(`not an sRGB colour: ${css}`);
    const [r, g, b, a = 1] = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    const scale = srgb ? 255 : 1;
    return { r: r! * scale, g: g! * scale, b: b! * scale, a };
  };
  const bg = parse(background);
  const fgRaw = parse(foreground);
  // blend a translucent foreground over the background
  const fg = {
    r: fgRaw.r * fgRaw.a + bg.r * (1 - fgRaw.a),
    g: fgRaw.g * fgRaw.a + bg.g * (1 - fgRaw.a),
    b: fgRaw.b * fgRaw.a + bg.b * (1 - fgRaw.a),
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
