/**
 * SPEC §4's strict Content-Security-Policy, as a static host sends it (`vite preview`'s headers,
 * vite.config.ts): every page and every step of every journey runs without a violation. Every
 * test of the suite fails on one (`cspViolations` in fixtures.ts); here each step says which.
 */
import type { Page } from '@playwright/test';
import { PAGE_HEADERS } from '../src/config/security-headers.ts';
import { settled } from './a11y-support';
import { openDemoPanel } from './demo-helpers';
import { expect, openConsole, recordCspViolations, test } from './fixtures';
import { buyTamperPacks, disclaimer, next, payNow, stepHeading } from './wizard-helpers';

const ROUTES = [
  '/',
  '/overview',
  '/purchased-resources',
  '/renew/sas-hz-0001',
  '/upgrade/sas-hz-0001?method=quota',
  '/upgrade/sas-hz-0001?method=edition',
  '/orders',
  '/messages',
  '/help/permissions',
  '/no-such-page',
];

/** The rows of a region on Purchased Resources (a row group per region). */
const region = (page: Page, name: RegExp) =>
  page.getByRole('rowgroup').filter({ has: page.getByRole('rowheader', { name }) });

test.describe('the strict CSP (SPEC §4)', () => {
  test('pages carry its headers, and it is enforced: an inline script is refused and reported', async ({
    page,
    browser,
  }) => {
    const response = await page.goto('/overview');
    expect(response?.headers()).toMatchObject(
      Object.fromEntries(Object.entries(PAGE_HEADERS).map(([k, v]) => [k.toLowerCase(), v])),
    );

    // another context (this test's own must stay clean): what a violation looks like to the check
    const context = await browser.newContext();
    try {
      const violations = await recordCspViolations(context);
      const other = await context.newPage();
      await openConsole(other);
      const ran = await other.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true;';
        document.head.appendChild(script);
        return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
      });
      expect(ran).toBe(false);
      await expect.poll(() => violations).toEqual([expect.stringContaining('script-src')]);
    } finally {
      await context.close();
    }
  });

  for (const [language, scheme] of [
    ['en', 'light'],
    ['zh', 'dark'],
  ] as const) {
    test(`every route, in ${language} and ${scheme}`, async ({ page, cspViolations }) => {
      await page.addInitScript(
        ({ lng, colorScheme }) => {
          localStorage.setItem('sc-ui:language', lng);
          localStorage.setItem('sc-ui:color-scheme', colorScheme);
        },
        { lng: language, colorScheme: scheme },
      );
      for (const route of ROUTES) {
        await page.goto(route);
        await settled(page);
        await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
        expect(cspViolations, route).toEqual([]);
      }
    });
  }

  test('Renew, every step to its payment', async ({ page, cspViolations }) => {
    await openConsole(page, '/renew/sas-hz-0001?scenario=expiring-soon');
    await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    await next(page, 'Choose the validity');
    await page.getByRole('radio', { name: /^3 months/ }).click();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    expect(cspViolations, 'before paying').toEqual([]);
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();
    expect(cspViolations, 'paid').toEqual([]);
  });

  test('Upgrade, both methods, every step to the payment', async ({ page, cspViolations }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?scenario=upgrade-required&method=quota');
    await next(page, 'Choose the upgrade');
    await page.getByRole('textbox', { name: 'Asset quota' }).fill('13');
    await expect(page.getByText('Total to pay: $94.68')).toBeVisible();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();
    expect(cspViolations, 'quota').toEqual([]);

    await openConsole(page, '/upgrade/sas-hz-0001?method=edition');
    await next(page, 'Choose the upgrade');
    await expect(page.getByRole('table', { name: 'Edition differences' })).toBeVisible();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    expect(cspViolations, 'edition').toEqual([]);
  });

  test('the Purchased Resources dialogs, a receipt, and the Demo panel', async ({
    page,
    cspViolations,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources');
    const hz = region(page, /^China \(Hangzhou\)/);

    await hz.getByRole('button', { name: 'Edit tags' }).click();
    const tags = page.getByRole('dialog', { name: 'Tags: China (Hangzhou)' });
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('textbox', { name: 'Tag 2 key' }).fill('owner');
    await tags.getByRole('textbox', { name: 'Tag 2 value' }).fill('secops');
    await tags.getByRole('button', { name: 'Save tags' }).click();
    await expect(tags).toBeHidden();
    expect(cspViolations, 'tags').toEqual([]);

    const pack = await buyTamperPacks(page, hz);
    await pack.getByRole('link', { name: 'View the receipt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Receipt / })).toBeVisible();
    expect(cspViolations, 'pack and receipt').toEqual([]);

    await openConsole(page, '/purchased-resources');
    await hz.getByRole('button', { name: 'Unsubscribe' }).click();
    const unsubscribe = page.getByRole('dialog', { name: 'Unsubscribe: China (Hangzhou)' });
    await unsubscribe.getByRole('checkbox', { name: /^I understand/ }).check();
    await unsubscribe.getByRole('button', { name: 'Confirm Unsubscribe' }).click();
    await expect(unsubscribe.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
    await unsubscribe.getByRole('button', { name: 'Close', exact: true }).click();
    expect(cspViolations, 'unsubscribe').toEqual([]);

    const panel = await openDemoPanel(page);
    await panel.getByRole('combobox', { name: 'Load a scenario' }).click();
    await page.getByRole('option', { name: /^Released/ }).click();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Clock' })).toBeVisible();
    expect(cspViolations, 'demo panel').toEqual([]);
  });
});
