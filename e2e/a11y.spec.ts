/**
 * axe (WCAG 2.x A/AA and best practices) on every route of SPEC §3 and on the states a
 * customer meets — lifecycle banners, open dialogs, every wizard step, a failed request —
 * in the light and the dark colour scheme. Any violation of impact serious or critical
 * fails, with a report naming the rule, the element and how to fix it.
 */
import type { Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectPageStructure,
  fixClock,
  openPage,
  settled,
} from './a11y-support';
import { expect, test, untilMockListens } from './fixtures';

const HZ = 'sas-hz-0001';

/** Every route of SPEC §3, and a URL that is none of them. */
const ROUTES = [
  { name: 'Overview', url: '/overview' },
  { name: 'Purchased Resources', url: '/purchased-resources' },
  { name: 'Renew', url: `/renew/${HZ}` },
  { name: 'Upgrade (version upgrade)', url: `/upgrade/${HZ}?method=edition` },
  { name: 'Upgrade (increase quota)', url: `/upgrade/${HZ}?method=quota` },
  { name: 'Orders', url: '/orders' },
  { name: 'Messages', url: '/messages' },
  { name: 'Assigning permissions', url: '/help/permissions' },
  { name: 'Page not found', url: '/no/such/page' },
] as const;

/** Lifecycle and data states that change what a page shows (SPEC §1 scenarios). */
const STATES = [
  { name: 'Overview, expiring soon (R1 banner)', url: '/overview', scenario: 'expiring-soon' },
  {
    name: 'Overview, expired with data retained (R2, R3 banner)',
    url: '/overview',
    scenario: 'expired-retention',
  },
  { name: 'Overview, released (R4 banner, Buy)', url: '/overview', scenario: 'released' },
  { name: 'Overview, upgrade required (R7)', url: '/overview', scenario: 'upgrade-required' },
  { name: 'Overview, Basic only', url: '/overview', scenario: 'basic-only' },
  {
    name: 'Purchased Resources, every edition and billing mode',
    url: '/purchased-resources',
    scenario: 'multi-region',
  },
  {
    name: 'Purchased Resources, released',
    url: '/purchased-resources',
    scenario: 'released',
  },
  { name: 'Renew, read-only role (R14)', url: `/renew/${HZ}`, scenario: 'readonly' },
  { name: 'Messages, several kinds', url: '/messages', scenario: 'expired-retention' },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test.beforeEach(async ({ page }) => {
      await fixClock(page);
    });

    const inScheme = async (page: Page) =>
      expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);

    for (const route of ROUTES) {
      test(`${route.name} (${route.url})`, async ({ page }, testInfo) => {
        await openPage(page, route.url);
        await inScheme(page);
        await expectPageStructure(page);
        await expectNoAxeViolations(page, testInfo, `${route.name}, ${colorScheme}`);
      });
    }

    for (const state of STATES) {
      test(`${state.name}`, async ({ page }, testInfo) => {
        await openPage(page, state.url, state.scenario);
        await inScheme(page);
        await expectPageStructure(page);
        await expectNoAxeViolations(page, testInfo, `${state.name}, ${colorScheme}`);
      });
    }

    test('a failed request: the error with Retry', async ({ page }, testInfo) => {
      await openPage(page, '/help/permissions');
      await untilMockListens(page);
      await page.evaluate(() =>
        fetch('/api/v1/demo', {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ failureRate: 1 }),
        }),
      );
      await page.goto('/overview');
      await expect(page.getByRole('alert').first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `error state, ${colorScheme}`);
    });

    test('the dialogs of Purchased Resources (pack, unsubscribe, tags)', async ({
      page,
    }, testInfo) => {
      test.slow(); // three times the budget (playwright.config.ts)
      await openPage(page, '/purchased-resources');
      for (const [button, dialog] of [
        ['Buy Value-add Pack', /^Buy Value-add Pack/],
        ['Unsubscribe', /^Unsubscribe/],
        ['Edit tags', /^Tags/],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).first().click();
        await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
        await expectNoAxeViolations(page, testInfo, `${button} dialog, ${colorScheme}`);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
    });

    test('an order receipt', async ({ page }, testInfo) => {
      await openPage(page, '/orders');
      await page
        .getByRole('link', { name: /open the receipt$/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: /^Receipt / })).toBeVisible();
      await settled(page);
      await expectPageStructure(page);
      await expectNoAxeViolations(page, testInfo, `order receipt, ${colorScheme}`);
    });

    test('the Demo panel opened', async ({ page }, testInfo) => {
      await openPage(page, '/overview');
      await page.getByRole('banner').getByRole('button', { name: 'Demo' }).click();
      await expect(page.getByRole('dialog', { name: 'Demo control' })).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `Demo panel, ${colorScheme}`);
    });

    test('the navigation opened on a phone', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await openPage(page, '/overview');
      await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await expect(
        page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', {
          name: 'Orders',
        }),
      ).toBeInViewport();
      await expectNoAxeViolations(page, testInfo, `phone navigation, ${colorScheme}`);
    });

    // the region selector is a native select: its list is the browser's own, not the page's
    test('the header menus opened (language, colour scheme)', async ({ page }, testInfo) => {
      await openPage(page, '/overview');
      await page.getByRole('button', { name: 'Language' }).click();
      await expect(page.getByRole('menu', { name: 'Language' })).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `language menu, ${colorScheme}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
      await page.getByRole('button', { name: 'Colour scheme' }).click();
      await expect(page.getByRole('menu', { name: 'Colour scheme' })).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `colour-scheme menu, ${colorScheme}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
    });

    test('keyboard focus is visible', async ({ page }) => {
      await openPage(page, '/overview');
      // the skip link comes first and is shown on focus
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      // every control reached by Tab in the header shows an outline of at least 2 px
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        const outline = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '',
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            // inputs and selects mark focus with their border instead
            input: el.tagName === 'INPUT' || el.tagName === 'SELECT',
            border: style.borderColor,
          };
        });
        expect(outline, `focus after ${i + 2} Tabs`).not.toBeNull();
        if (!outline!.input) {
          expect(outline!.style, `outline of ${outline!.name}`).not.toBe('none');
          expect(outline!.width, `outline of ${outline!.name}`).toBeGreaterThanOrEqual(2);
        }
      }
    });
  });
}

/** Walks a wizard with Next (running axe on each step), ticks the disclaimer, pays, and checks the result. */
async function walkWizard(page: Page, label: string, check: (step: string) => Promise<void>) {
  for (let step = 1; step <= 6; step++) {
    await settled(page);
    const heading = page.getByRole('heading', { level: 2 }).first();
    const stepName = (await heading.isVisible()) ? await heading.innerText() : `step ${step}`;
    await check(`${label}, ${stepName}`);
    const next = page.getByRole('button', { name: 'Next', exact: true });
    const pay = page.getByRole('button', { name: 'Pay Now' });
    await expect(next.or(pay).first()).toBeVisible();
    if (await next.isVisible()) {
      // the live price may still be coming after a change
      await expect(next).toBeEnabled();
      await next.click();
      continue;
    }
    // the Disclaimer, one click away, in a dialog
    await page.getByRole('button', { name: 'Read the Disclaimer' }).click();
    await expect(page.getByRole('dialog', { name: 'Disclaimer' })).toBeVisible();
    await check(`${label}, Disclaimer dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Pay Now without accepting: the refusal shown
    await pay.click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await check(`${label}, disclaimer not accepted`);
    const disclaimer = page.getByRole('checkbox', {
      name: 'I have read and agree to the Disclaimer',
    });
    await disclaimer.check();
    await check(`${label}, disclaimer accepted`);
    await pay.click();
    await expect(page.getByText(/payment succeeded/i).first()).toBeVisible();
    await settled(page);
    await check(`${label}, result`);
    return;
  }
  throw new Error(`${label}: more than 6 steps`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every wizard step in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test.beforeEach(async ({ page }) => {
      // axe runs on up to nine states per test
      test.setTimeout(test.info().timeout * 4);
      await fixClock(page);
    });

    test('Renew: details, validity, review, result', async ({ page }, testInfo) => {
      await openPage(page, `/renew/${HZ}`);
      await walkWizard(page, `Renew (${colorScheme})`, (label) =>
        expectNoAxeViolations(page, testInfo, label),
      );
    });

    test('Upgrade (version upgrade): every step to the result', async ({ page }, testInfo) => {
      await openPage(page, `/upgrade/${HZ}?method=edition`);
      await walkWizard(page, `Upgrade edition (${colorScheme})`, (label) =>
        expectNoAxeViolations(page, testInfo, label),
      );
    });

    test('Upgrade (increase quota) with a rule error beside the quota', async ({
      page,
    }, testInfo) => {
      await openPage(page, `/upgrade/${HZ}?method=quota`, 'upgrade-required');
      let ruleErrorChecked = false;
      await walkWizard(page, `Upgrade quota (${colorScheme})`, async (label) => {
        await expectNoAxeViolations(page, testInfo, label);
        const quota = page.getByRole('textbox', { name: 'Asset quota' });
        if (ruleErrorChecked || !(await quota.isVisible())) return;
        // R6: 13 billable assets, so 12 is refused beside the field
        await quota.fill('12');
        await expect(quota).toHaveAccessibleDescription(/enter at least 13/);
        await expect(quota).toHaveAttribute('aria-invalid', 'true');
        await expectNoAxeViolations(page, testInfo, `${label}, quota refused`);
        await quota.fill('14');
        await expect(quota).not.toHaveAttribute('aria-invalid', 'true');
        ruleErrorChecked = true;
      });
      expect(ruleErrorChecked, 'the quota field was reached').toBe(true);
    });
  });
}
