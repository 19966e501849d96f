/**
 * A phone, 375 px wide: the navigation collapses behind the menu button and opens;
 * no page scrolls sideways (tables scroll inside their own box or become cards); and
 * the Overview and a wizard step look as reviewed (screenshot comparison against
 * baselines in e2e/__screenshots__, taken with a fixed clock and scenario, in a font the
 * test brings along).
 *
 * Screenshots are compared with a small tolerance and with the volatile parts masked;
 * the structural checks above them say *what* is wrong when a screenshot differs.
 * Refresh the baselines after an intended change of the look:
 *   E2E_PORT=4206 E2E_OUT_DIR=dist-a11y npx playwright test e2e/responsive.spec.ts --update-snapshots
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, fixClock, openPage, settled } from './a11y-support';
import { expect, test } from './fixtures';
import { DEJAVU_SANS, expectOnlyTestFont, useTestFont, waitForTestFont } from './test-fonts';

const PHONE = { width: 375, height: 812 };
const HZ = 'sas-hz-0001';

test.use({ viewport: PHONE, colorScheme: 'light', timezoneId: 'UTC', locale: 'en-US' });

/** Every route of SPEC §3, with a scenario where one shows more on the page. */
const PAGES: { url: string; scenario?: string }[] = [
  { url: '/overview', scenario: 'expired-retention' },
  { url: '/overview', scenario: 'upgrade-required' },
  { url: '/purchased-resources', scenario: 'multi-region' },
  { url: `/renew/${HZ}` },
  { url: `/upgrade/${HZ}?method=edition` },
  { url: `/upgrade/${HZ}?method=quota` },
  { url: '/orders', scenario: 'multi-region' },
  { url: '/messages', scenario: 'expired-retention' },
  { url: '/help/permissions' },
  { url: '/no/such/page' },
];

/** The page does not scroll sideways; every table fits or scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.right <= window.innerWidth + 1) return false;
        // inside a box that scrolls (a table's scroll container) is fine
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (
            /(auto|scroll|hidden)/.test(style.overflowX) &&
            p.getBoundingClientRect().right <= window.innerWidth + 1
          )
            return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className.toString().slice(0, 60)} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, wide };
  });
  expect(
    overflow.scrollWidth,
    `the page is ${overflow.scrollWidth}px wide on a ${overflow.innerWidth}px screen; too wide: ${overflow.wide.join('; ')}`,
  ).toBeLessThanOrEqual(overflow.innerWidth);
  expect(overflow.wide, 'elements that stick out of the screen').toEqual([]);
}

/** Text in tables is not shrunk below 12 px, and each table is in view. */
async function expectReadableTables(page: Page) {
  const tables = page.locator('main table');
  for (let i = 0; i < (await tables.count()); i++) {
    const table = tables.nth(i);
    const sizes = await table
      .locator('td, th')
      .evaluateAll((cells) => cells.map((c) => parseFloat(getComputedStyle(c).fontSize)));
    expect(Math.min(...sizes), 'smallest table text (px)').toBeGreaterThanOrEqual(12);
  }
}

test.describe('at 375 px wide', () => {
  test.beforeEach(async ({ page }) => {
    await fixClock(page);
  });

  test('the navigation collapses behind the menu button and opens', async ({ page }) => {
    await openPage(page, '/overview');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const burger = page.getByRole('button', { name: 'Toggle navigation' });
    await expect(burger).toBeVisible();
    await expect(burger).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Purchased Resources' })).not.toBeInViewport();

    await burger.click();
    await expect(burger).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Overview', 'Purchased Resources', 'Orders', 'Messages']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
    }
    await nav.getByRole('link', { name: 'Purchased Resources' }).click();
    await expect(page).toHaveURL(/\/purchased-resources/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Purchased Resources' }),
    ).toBeVisible();
    await expect(burger).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Orders' })).not.toBeInViewport();
    // the page's own heading has the focus, not a link hidden behind the menu
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  for (const { url, scenario } of PAGES) {
    test(`${url}${scenario ? ` (${scenario})` : ''} fits the screen`, async ({
      page,
    }, testInfo) => {
      await openPage(page, url, scenario);
      // what only a phone shows (cards instead of tables, scrolling boxes) passes axe too
      await expectNoAxeViolations(page, testInfo, `${url} at 375 px`);
      await expectNoSidewaysScroll(page);
      await expectReadableTables(page);
      // the header keeps its controls on screen (the language and colour scheme are in the
      // menu on a phone: e2e/header-fit.spec.ts)
      const header = page.getByRole('banner');
      await expect(header.getByRole('button', { name: 'Demo' })).toBeInViewport();
      await expect(header.getByRole('link', { name: /^Messages/ })).toBeInViewport();
      await expect(header.getByRole('status', { name: /^Edition: / })).toBeInViewport();
      await expect(header.getByRole('combobox', { name: 'Region', exact: true })).toBeInViewport();
    });
  }

  test('the Renew wizard fits the screen at every step', async ({ page }) => {
    await openPage(page, `/renew/${HZ}`);
    for (let step = 0; step < 4; step++) {
      await expectNoSidewaysScroll(page);
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if (!(await next.isVisible()) || !(await next.isEnabled())) break;
      await next.click();
      await settled(page);
    }
    await expect(page.getByRole('button', { name: 'Pay Now' })).toBeVisible();
  });
});

/**
 * The screenshots are drawn in DejaVu Sans loaded into the page (e2e/test-fonts.ts), not in
 * whatever the machine's fonts make of the app's font stack: a baseline made on one machine
 * holds on another with the same Chromium major. Each checks first that no text fell back to
 * a font of the machine.
 */
test.describe('screenshots at 375 px', () => {
  test.beforeEach(async ({ page }) => {
    await fixClock(page);
    await useTestFont(page, DEJAVU_SANS);
  });

  /** Parts that change with the clock or the build are masked. */
  const volatile = (page: Page) => [page.locator('time'), page.locator('[data-volatile]')];

  async function expectScreenshot(page: Page, name: string) {
    await waitForTestFont(page, DEJAVU_SANS);
    await expectOnlyTestFont(page, DEJAVU_SANS);
    await expect(page).toHaveScreenshot(name, {
      fullPage: true,
      mask: volatile(page),
      // a pixel differs from a colour distance of 0.05 (Playwright's default, 0.2, let the
      // edition badge turn from blue to green); antialiased edges are not counted
      threshold: 0.05,
      maxDiffPixels: 100,
    });
  }

  test('Overview', async ({ page }) => {
    await openPage(page, '/overview', 'near-threshold');
    await expectScreenshot(page, 'overview-375.png');
  });

  test('Renew, choosing the validity', async ({ page }) => {
    await openPage(page, `/renew/${HZ}`);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await settled(page);
    await expectScreenshot(page, 'renew-validity-375.png');
  });
});
