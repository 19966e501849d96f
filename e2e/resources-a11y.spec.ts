/**
 * axe on what the page-level accessibility journey does not open: the Purchased Resources
 * dialogs (with their errors showing), expiry and upgrade states, a refund in Orders and its
 * receipt — in both colour schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { transitionsDone } from './a11y-support';
import { expect, openConsole, test, untilMockListens } from './fixtures';
import { api, disclaimer, payNow } from './wizard-helpers';

async function expectNoAxeViolations(page: Page, label: string) {
  await transitionsDone(page); // transitions (modal, notifications) finish first
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking, label).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('Purchased Resources: states and dialogs', async ({ page }) => {
      test.setTimeout(test.info().timeout * 2);
      await page.setViewportSize({ width: 1440, height: 900 });
      await openConsole(page, '/purchased-resources?scenario=upgrade-required');
      await expect(page.getByText('Upgrade required', { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, 'upgrade required');

      await openConsole(page, '/purchased-resources?scenario=expiring-soon');
      await expect(page.getByText('5 days left')).toBeVisible();
      await expectNoAxeViolations(page, 'expiring');

      await page.getByRole('button', { name: 'Buy Value-add Pack' }).click();
      await expect(page.getByText('Total to pay: $', { exact: false })).toBeVisible();
      await payNow(page).click();
      await expect(disclaimer(page)).toHaveAccessibleDescription(/^To pay, tick/);
      await expectNoAxeViolations(page, 'pack dialog, Disclaimer refused');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      await expect(page.getByRole('table', { name: 'Refund' })).toBeVisible();
      await expectNoAxeViolations(page, 'unsubscribe dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await page.getByRole('button', { name: 'Edit tags' }).first().click();
      await page.getByRole('button', { name: 'Add tag' }).click();
      await page.getByRole('button', { name: 'Save tags' }).click();
      await expect(page.getByRole('textbox', { name: 'Tag 2 key' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await expectNoAxeViolations(page, 'tags dialog with an error');
    });

    test('Orders with a refund, and its receipt', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openConsole(page, '/orders');
      await untilMockListens(page);
      await page.evaluate(() =>
        fetch('/api/v1/orders', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'a11y-refund' },
          body: JSON.stringify({
            type: 'unsubscribe',
            subscriptionId: 'sas-hz-0001',
            expectedVersion: 1,
          }),
        }),
      );
      await page.reload();
      await expect(
        page.getByRole('table', { name: 'Orders' }).getByText('Unsubscribe refund'),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'orders with a refund');
      const { items } = await api<{ items: { id: string }[] }>(page, 'GET', '/orders');
      await page.getByRole('link', { name: `${items[0]?.id}, open the receipt` }).click();
      await expect(page.getByText('Total refunded')).toBeVisible();
      await expectNoAxeViolations(page, 'refund receipt');
    });
  });
}
