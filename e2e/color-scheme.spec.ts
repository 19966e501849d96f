/**
 * Colour scheme: light, dark, or the system's (prefers-color-scheme), switched in the
 * header and kept across a reload; the usage meter and the asset chart stay readable
 * in the dark (their text keeps a 4.5:1 contrast with what is behind it).
 */
import type { Locator, Page } from '@playwright/test';
import { contrastRatio, fixClock, openPage } from './a11y-support';
import { expect, test } from './fixtures';

const scheme = (page: Page) => page.locator('html');

async function choose(page: Page, name: 'Light' | 'Dark' | 'Match system') {
  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await page.getByRole('menuitem', { name }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);
}

async function expectChosen(page: Page, name: 'Light' | 'Dark' | 'Match system') {
  await page.getByRole('button', { name: 'Colour scheme' }).click();
  await expect(page.getByRole('menuitem', { name })).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
}

/** The colour of an element's text and the opaque colour behind it. */
async function colours(locator: Locator) {
  return locator.evaluate((element) => {
    const parse = (css: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(css) ?? /color\(srgb ([^)]+)\)/.exec(css);
      if (!m) return null;
      const parts = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      const scale = css.startsWith('color(') ? 255 : 1;
      return {
        r: parts[0]! * scale,
        g: parts[1]! * scale,
        b: parts[2]! * scale,
        a: parts[3] ?? 1,
      };
    };
    // composite the backgrounds from the element up to the page
    const layers: { r: number; g: number; b: number; a: number }[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.a > 0) {
        layers.push(bg);
        if (bg.a >= 1) break;
      }
    }
    let base = { r: 255, g: 255, b: 255 };
    for (const layer of layers.reverse()) {
      base = {
        r: layer.r * layer.a + base.r * (1 - layer.a),
        g: layer.g * layer.a + base.g * (1 - layer.a),
        b: layer.b * layer.a + base.b * (1 - layer.a),
      };
    }
    const style = getComputedStyle(element);
    // SVG text is painted with `fill`
    const text = element instanceof SVGElement ? style.fill : style.color;
    return {
      text,
      background: `rgb(${Math.round(base.r)}, ${Math.round(base.g)}, ${Math.round(base.b)})`,
    };
  });
}

async function expectReadable(locator: Locator, what: string, minimum = 4.5) {
  const { text, background } = await colours(locator);
  const ratio = contrastRatio(text, background);
  expect(ratio, `${what}: ${text} on ${background}`).toBeGreaterThanOrEqual(minimum);
}

test.describe('colour scheme', () => {
  test('follows the system until the customer chooses, then keeps the choice across a reload', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPage(page, '/overview');
    // nothing chosen yet: the system's scheme, live
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expectChosen(page, 'Match system');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');

    // dark, chosen, wins over a light system — also after a reload
    await choose(page, 'Dark');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expectChosen(page, 'Dark');

    // light, chosen, wins over a dark system
    await page.emulateMedia({ colorScheme: 'dark' });
    await choose(page, 'Light');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await page.reload();
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expectChosen(page, 'Light');

    // back to the system's: follows it again, and keeps following after a reload
    await choose(page, 'Match system');
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', 'light');
    await expectChosen(page, 'Match system');
  });

  test('paints the page dark or light, with readable text in both', async ({ page }) => {
    await openPage(page, '/overview');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      const h1 = page.getByRole('heading', { level: 1 });
      const { background } = await colours(h1);
      const [r] = /\d+/.exec(background)!.map(Number);
      if (colorScheme === 'dark') expect(r, `dark page background ${background}`).toBeLessThan(60);
      else expect(r, `light page background ${background}`).toBeGreaterThan(200);
      await expectReadable(h1, `the h1 in ${colorScheme}`);
      await expectReadable(
        page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', {
          name: 'Orders',
        }),
        `a navigation link in ${colorScheme}`,
      );
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the usage meter and the asset chart are readable in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await fixClock(page);
      await openPage(page, '/overview', 'near-threshold');
      await expect(scheme(page)).toHaveAttribute('data-mantine-color-scheme', colorScheme);

      // the quota usage meter (near-threshold: 11 assets of a quota of 10)
      const meter = page.getByRole('meter', { name: 'Quota usage' });
      await expect(meter).toBeVisible();
      await expect(meter).toHaveAttribute('aria-valuenow', '11');
      await expect(meter).toHaveAttribute('aria-valuetext', /11 of 10/);
      // its visible labels (the quota and the upgrade line) and the legend below it
      const labels = meter.locator('span').filter({ hasText: /^\d+$/ });
      expect(await labels.count()).toBeGreaterThanOrEqual(1);
      for (let i = 0; i < (await labels.count()); i++) {
        await expectReadable(labels.nth(i), `meter label ${await labels.nth(i).innerText()}`);
      }
      const card = page.locator('section', { has: meter });
      for (const item of await card.getByRole('listitem').all()) {
        await expectReadable(item.locator('span').last(), `legend "${await item.innerText()}"`);
      }
      // the filled parts stand out from the empty track (3:1 for graphics, WCAG 1.4.11)
      const parts = await meter.evaluate((element) => {
        const track = element.firstElementChild as HTMLElement;
        return {
          track: getComputedStyle(track).backgroundColor,
          fills: Array.from(track.children)
            .filter((c) => (c as HTMLElement).getBoundingClientRect().width > 0)
            .map((c) => getComputedStyle(c).backgroundColor),
        };
      });
      expect(parts.fills.length).toBeGreaterThanOrEqual(1);
      for (const fill of parts.fills) {
        expect(
          contrastRatio(fill, parts.track),
          `meter fill ${fill} on track ${parts.track}`,
        ).toBeGreaterThanOrEqual(3);
      }

      // the chart: axis labels and the labels of the quota and upgrade lines
      const chart = page.locator('svg[data-chart="trend"]');
      await expect(chart).toBeVisible();
      const ticks = chart.locator('[data-chart="tick"]');
      const count = await ticks.count();
      expect(count).toBeGreaterThan(2);
      for (const index of [0, count - 1]) {
        await expectReadable(ticks.nth(index), `chart axis label ${index} in ${colorScheme}`);
      }
      const lineLabels = chart.locator('[data-chart="reference-label"]');
      expect(await lineLabels.count()).toBe(2);
      for (let i = 0; i < (await lineLabels.count()); i++) {
        await expectReadable(
          lineLabels.nth(i),
          `chart line label "${await lineLabels.nth(i).textContent()}" in ${colorScheme}`,
        );
      }
      // the line itself stands out from the card (3:1 for graphics)
      const line = await chart
        .locator('[data-chart="line"]')
        .evaluate((el) => getComputedStyle(el).stroke);
      const { background } = await colours(chart.locator('[data-chart="line"]'));
      expect(
        contrastRatio(line, background),
        `trend line ${line} on ${background}`,
      ).toBeGreaterThanOrEqual(3);
    });
  }
});
