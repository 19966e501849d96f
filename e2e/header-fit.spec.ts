/**
 * The header holds whatever font the customer's system picks: with DejaVu Sans (what many
 * Linux systems fall back to, and one of the widest) and, in Chinese, Noto Sans CJK, its
 * controls stay on one row from a 320 px phone to a desktop, none off screen, none over
 * another; on a phone the region selector has a row of its own below it. What does not
 * fit on a phone is in the menu (the navbar behind the menu button).
 *
 * The fonts are installed into the page by the test (e2e/test-fonts.ts), so the result is
 * the same on every machine, whatever fonts it has.
 */
import type { Locator, Page } from '@playwright/test';
import { fixClock, openPage, settled } from './a11y-support';
import { expect, test } from './fixtures';
import {
  DEJAVU_SANS,
  NOTO_SANS_SC,
  expectOnlyTestFont,
  useTestFont,
  waitForTestFont,
  type TestFont,
} from './test-fonts';

type Box = { name: string; x: number; y: number; width: number; height: number };

/** The header's controls as a person sees them: role, accessible name, box on screen. */
async function headerControls(page: Page): Promise<{ row: Box[]; region: Box }> {
  const banner = page.getByRole('banner');
  // one round trip per role: the journey measures 36 layouts
  const boxes = (locator: Locator, role: string) =>
    locator.evaluateAll(
      (elements, role) =>
        elements
          .map((element) => {
            const { x, y, width, height } = element.getBoundingClientRect();
            const label =
              element.getAttribute('aria-label') ?? (element as HTMLElement).innerText.trim();
            return { name: `${role} "${label}"`, x, y, width, height };
          })
          .filter((box) => box.width > 0),
      role,
    );
  const row = [
    ...(await boxes(banner.getByRole('button'), 'button')),
    ...(await boxes(banner.getByRole('link'), 'link')),
    ...(await boxes(banner.getByRole('status'), 'status')),
  ].sort((a, b) => a.x - b.x);
  const [region] = await boxes(banner.getByRole('combobox'), 'combobox');
  if (!region) throw new Error('no region selector in the header');
  return { row, region };
}

const describe = (boxes: Box[]) =>
  boxes
    .map(
      (b) =>
        `${b.name} at x ${Math.round(b.x)}–${Math.round(b.x + b.width)}, y ${Math.round(b.y)}–${Math.round(b.y + b.height)}`,
    )
    .join('\n');

/** The header's controls on one row (the region selector on it, or on a row of its own below). */
async function expectHeaderOnOneRow(page: Page, where: string) {
  const viewport = page.viewportSize()!;
  const { row, region } = await headerControls(page);
  const header = (await page.getByRole('banner').boundingBox())!;
  const all = [...row, region];
  const layout = `${where}, ${viewport.width} px wide:\n${describe(all)}`;

  // one row: a horizontal line crosses every control
  const rowTop = Math.max(...row.map((b) => b.y));
  const rowBottom = Math.min(...row.map((b) => b.y + b.height));
  expect(rowTop, `the header's controls on one row — ${layout}`).toBeLessThan(rowBottom);

  // the region selector: on that row, or wholly below it
  const regionOnRow = region.y < rowBottom && region.y + region.height > rowTop;
  if (!regionOnRow) {
    const rowEnd = Math.max(...row.map((b) => b.y + b.height));
    expect(region.y, `the region selector below the row — ${layout}`).toBeGreaterThanOrEqual(
      rowEnd,
    );
  }

  for (const box of all) {
    // on screen and inside the header's own box
    expect(box.x, `${box.name} on screen — ${layout}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${box.name} on screen — ${layout}`).toBeLessThanOrEqual(
      viewport.width + 0.5,
    );
    expect(box.y, `${box.name} inside the header — ${layout}`).toBeGreaterThanOrEqual(header.y);
    expect(box.y + box.height, `${box.name} inside the header — ${layout}`).toBeLessThanOrEqual(
      header.y + header.height + 0.5,
    );
  }
  // nothing cut: no name ends in "…", no logo clipped (a 1 px box is text for screen readers)
  const cut = await page.getByRole('banner').evaluate((banner) =>
    Array.from(banner.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim() ?? ''}"`),
  );
  expect(cut, `what the header cuts — ${layout}`).toEqual([]);
  // none drawn over another
  const onRow = regionOnRow ? [...row, region].sort((a, b) => a.x - b.x) : row;
  for (let i = 1; i < onRow.length; i++) {
    const [left, right] = [onRow[i - 1]!, onRow[i]!];
    expect(
      left.x + left.width,
      `${left.name} ends before ${right.name} begins — ${layout}`,
    ).toBeLessThanOrEqual(right.x + 0.5);
  }
}

/** Phones to desktops; the menu button goes at 768 px. */
const WIDTHS = [320, 360, 375, 414, 575, 576, 700, 767, 768, 991, 992, 1280];

const cases: {
  language: string;
  locale: string;
  font: TestFont;
  region: string;
  regions: Record<string, RegExp>;
  languageName: string;
  colorSchemeName: string;
  toggleName: string;
}[] = [
  {
    language: 'English',
    locale: 'en-US',
    font: DEJAVU_SANS,
    region: 'Region',
    // the editions of the multi-region scenario, Professional the longest name
    regions: {
      'China (Hangzhou)': /^Edition: Standard$/,
      Singapore: /^Edition: Professional$/,
      Virginia: /^Edition: Basic$/,
    },
    languageName: 'Language',
    colorSchemeName: 'Colour scheme',
    toggleName: 'Toggle navigation',
  },
  {
    language: 'Chinese',
    locale: 'zh-CN',
    font: NOTO_SANS_SC,
    region: '地域',
    regions: {
      '华东1（杭州）': /^版本：标准版$/,
      新加坡: /^版本：专业版$/,
      '美国（弗吉尼亚）': /^版本：基础版$/,
    },
    languageName: '语言',
    colorSchemeName: '配色方案',
    toggleName: '展开或收起导航',
  },
];

for (const c of cases) {
  test.describe(`the header in ${c.language}, with ${c.font.fileFamily}`, () => {
    test.use({ locale: c.locale, timezoneId: 'UTC', colorScheme: 'light' });

    test('keeps its controls on one row at every width, whatever the edition', async ({ page }) => {
      test.slow(); // three times the budget (playwright.config.ts)
      await fixClock(page);
      await useTestFont(page, c.font);
      await page.setViewportSize({ width: 320, height: 700 });
      await openPage(page, '/overview', 'multi-region');
      await waitForTestFont(page, c.font);
      await expectOnlyTestFont(page, c.font, 'header');

      for (const [regionName, edition] of Object.entries(c.regions)) {
        await page.getByRole('combobox', { name: c.region, exact: true }).selectOption(regionName);
        await settled(page);
        await expect(page.getByRole('banner').getByRole('status', { name: edition })).toBeVisible();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 700 });
          await expectHeaderOnOneRow(page, `${regionName} (${edition.source})`);
        }
      }
    });

    test('on a phone, the language and colour scheme are in the menu', async ({ page }) => {
      await fixClock(page);
      await useTestFont(page, c.font);
      await page.setViewportSize({ width: 320, height: 700 });
      await openPage(page, '/overview');
      const banner = page.getByRole('banner');
      await expect(banner.getByRole('button', { name: c.languageName })).toHaveCount(0);
      await expect(banner.getByRole('button', { name: c.colorSchemeName })).toHaveCount(0);

      await banner.getByRole('button', { name: c.toggleName }).click();
      const nav = page.getByRole('navigation');
      await expect(nav.getByRole('button', { name: c.languageName })).toBeInViewport();
      await expect(nav.getByRole('button', { name: c.colorSchemeName })).toBeInViewport();
    });
  });
}
