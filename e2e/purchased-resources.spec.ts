import type { Locator, Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import {
  api,
  chooseTamperPacks,
  disclaimer,
  orders,
  payNow,
  setDemo,
  subscription,
} from './wizard-helpers';

/** The rows of a region: its details, then its actions (a row group per region). */
const row = (page: Page, region: string) =>
  page
    .getByRole('rowgroup')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${region}`) }) });

/** The names of the actions a row offers, links and buttons, in order. */
async function actionsOf(tr: Locator): Promise<string[]> {
  const cell = tr.getByRole('cell').last();
  return cell.locator('a, button').allInnerTexts();
}

test.describe('Purchased Resources', () => {
  test('multi-region: four rows, each with the actions the rules allow (R16, R17)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources?scenario=multi-region');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Purchased Resources' }),
    ).toBeVisible();
    const table = page.getByRole('table', { name: 'Subscriptions by region' });
    await expect(table.getByRole('rowheader')).toHaveCount(4);

    const hz = row(page, 'China \\(Hangzhou\\)');
    await expect(hz).toContainText('Standard');
    await expect(hz).toContainText('10 assets');
    expect(await actionsOf(hz)).toEqual([
      'Upgrade',
      'Increase Quota',
      'Renew',
      'Buy Value-add Pack',
      'Edit tags',
      'Unsubscribe',
    ]);
    const sg = row(page, 'Singapore');
    await expect(sg).toContainText('Professional');
    await expect(sg).toContainText('42');
    expect(await actionsOf(sg)).toEqual([
      'Increase Quota',
      'Renew',
      'Buy Value-add Pack',
      'Edit tags',
      'Unsubscribe',
    ]);
    const fra = row(page, 'Frankfurt');
    await expect(fra).toContainText('Pay-per-use');
    expect(await actionsOf(fra)).toEqual(['Edit tags', 'Unsubscribe']);
    const use = row(page, 'Virginia');
    await expect(use).toContainText('Basic');
    expect(await actionsOf(use)).toEqual(['Buy', 'Edit tags']);

    // Buy leads to the new-purchase wizard of that region
    await use.getByRole('link', { name: 'Buy' }).click();
    await expect(page).toHaveURL(/\/upgrade\/sas-use-0001\?method=edition&region=us-east-1$/);
  });

  // SPEC §2 scenarios: what the China (Hangzhou) row shows and offers in each
  const scenarios = [
    {
      name: 'healthy',
      shows: ['Active', '8', '80 % of quota', '200 days left'],
      actions: [
        'Upgrade',
        'Increase Quota',
        'Renew',
        'Buy Value-add Pack',
        'Edit tags',
        'Unsubscribe',
      ],
    },
    {
      name: 'near-threshold',
      shows: ['Active', '11', '110 % of quota'],
      actions: [
        'Upgrade',
        'Increase Quota',
        'Renew',
        'Buy Value-add Pack',
        'Edit tags',
        'Unsubscribe',
      ],
    },
    {
      name: 'upgrade-required',
      shows: ['Upgrade required', '13', '130 % of quota', '120 days left'],
      actions: ['Upgrade', 'Increase Quota', 'Buy Value-add Pack', 'Edit tags', 'Unsubscribe'],
    },
    {
      name: 'expiring-soon',
      shows: ['Expiring', '5 days left'],
      actions: [
        'Upgrade',
        'Increase Quota',
        'Renew',
        'Buy Value-add Pack',
        'Edit tags',
        'Unsubscribe',
      ],
    },
    {
      name: 'expired-retention',
      shows: ['Expired', 'Expired 1 day ago'],
      actions: ['Renew', 'Edit tags', 'Unsubscribe'],
    },
    {
      name: 'released',
      shows: ['Released', 'Released (was Standard)', 'Expired 4 days ago'],
      actions: ['Buy', 'Edit tags'],
    },
    {
      name: 'basic-only',
      shows: ['Basic', 'Free', 'No quota', 'No expiry'],
      actions: ['Buy', 'Edit tags'],
    },
  ];
  for (const scenario of scenarios) {
    test(`scenario ${scenario.name}: the China (Hangzhou) row`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openConsole(page, `/purchased-resources?scenario=${scenario.name}`);
      const hz = row(page, 'China \\(Hangzhou\\)');
      for (const text of scenario.shows)
        await expect(hz.getByText(text, { exact: true })).toBeVisible();
      await expect.poll(() => actionsOf(hz)).toEqual(scenario.actions);
    });
  }

  test('buys a value-added pack: live quote, Disclaimer required, Pay Now, then the order and its receipt', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources');
    const dialog = await chooseTamperPacks(page);
    await expect(dialog).toHaveAccessibleName('Buy Value-add Pack: China (Hangzhou)');
    const price = dialog.getByRole('table', { name: 'Price' });
    await expect(price).toContainText(
      'Web tamper protection, per server × 3 for the remaining 200 days',
    );

    // R13: without the Disclaimer the API refuses, and says so beside the checkbox
    await payNow(page).click();
    await expect(disclaimer(page)).toHaveAccessibleDescription(
      'To pay, tick “I have read and agree to the Disclaimer”.',
    );
    expect((await orders(page)).filter((o) => o.type === 'value-added-pack')).toHaveLength(0);

    await disclaimer(page).check();
    await payNow(page).click();
    await expect(dialog.getByRole('heading', { name: 'Payment succeeded' })).toBeVisible();
    const [placed] = await orders(page);
    expect(placed).toMatchObject({ type: 'value-added-pack', amount: 49_315 });
    await expect(dialog).toContainText(placed?.id ?? 'missing');

    await dialog.getByRole('link', { name: 'View the receipt' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Receipt ${placed?.id}` }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Line items' })).toContainText(
      'Web tamper protection, per server × 3 for the remaining 200 days',
    );
    await expect(page.getByText('Total paid')).toBeVisible();

    await page.getByRole('link', { name: 'All orders' }).click();
    const first = page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1);
    await expect(first).toContainText(placed?.id ?? 'missing');
    await expect(first).toContainText('Value-added pack');
    await expect(first).toContainText('$493.15');
  });

  test('unsubscribes with a refund: the region is Basic again, the order shows the refund', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources');
    const hz = row(page, 'China \\(Hangzhou\\)');
    await hz.getByRole('button', { name: 'Unsubscribe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsubscribe: China (Hangzhou)' });
    await expect(dialog.getByText('The Standard edition (Monthly/yearly)')).toBeVisible();
    await expect(dialog.getByText('Protection for 10 assets')).toBeVisible();
    await expect(dialog.getByText('12 tags')).toBeVisible();
    // R18: the scenario's year (80 000 cents) was bought 165 of its 365 days ago:
    // consumed round(80 000 × 165 / 365) = 36 164 cents, refunded 43 836
    await expect(dialog.getByRole('table', { name: 'Refund' })).toContainText(
      /paid \$800\.00, consumed \$361\.64 \(165 of 365 days\)/,
    );
    await expect(dialog.getByText('$438.36').last()).toBeVisible();

    await dialog.getByRole('checkbox', { name: /^I understand/ }).check();
    await dialog.getByRole('button', { name: 'Confirm Unsubscribe' }).click();
    await expect(dialog.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // the region is Basic again: Buy only, and the header says Basic (R15)
    await expect.poll(() => actionsOf(hz)).toEqual(['Buy', 'Edit tags']);
    await expect(hz.getByText('Basic')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    expect((await subscription(page)).effectiveEdition).toBe('basic');

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Orders' })
      .click();
    const first = page.getByRole('table', { name: 'Orders' }).getByRole('row').nth(1);
    await expect(first).toContainText('Unsubscribe refund');
    await expect(first).toContainText('-$438.36');
    await expect(first).toContainText('Refund');
    await first.getByRole('link').click();
    await expect(page.getByText('Refund receipt')).toBeVisible();
    await expect(page.getByText('Total refunded')).toBeVisible();
  });

  test('R18, the SPEC example: 3 years bought, unsubscribed 6 days later, refunds the unused days of what was paid', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources?scenario=basic-only');
    const bought = await api<{
      order: { id: string; amount: number; span: { from: string; to: string } };
    }>(
      page,
      'POST',
      '/orders',
      {
        type: 'upgrade',
        method: 'edition',
        edition: 'standard',
        quota: 10,
        validity: { unit: 'year', count: 3 },
        subscriptionId: 'sas-hz-0001',
        expectedVersion: (await subscription(page)).subscription.version,
        disclaimerAccepted: true,
      },
      { 'Idempotency-Key': 'r18-example' },
    );
    expect(bought.order.amount).toBe(240_000);
    const demo = await api<{ now: string }>(page, 'GET', '/demo');
    await setDemo(page, { now: new Date(Date.parse(demo.now) + 6 * 86_400_000).toISOString() });
    // the span is 1 095 or 1 096 days, as the calendar has it from today
    const spanDays = Math.ceil(
      (Date.parse(bought.order.span.to) - Date.parse(bought.order.span.from)) / 86_400_000,
    );
    const consumed = Math.floor((2 * 240_000 * 6 + spanDays) / (2 * spanDays));
    const dollars = (cents: number) =>
      `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

    await page.reload();
    const hz = row(page, 'China \\(Hangzhou\\)');
    await hz.getByRole('button', { name: 'Unsubscribe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unsubscribe: China (Hangzhou)' });
    await expect(dialog.getByRole('table', { name: 'Refund' })).toContainText(
      `Refund of order ${bought.order.id}: paid $2,400.00, consumed ${dollars(consumed)} (6 of ${spanDays} days)`,
    );
    await expect(dialog.getByText(dollars(240_000 - consumed)).last()).toBeVisible();
    await dialog.getByRole('checkbox', { name: /^I understand/ }).check();
    await dialog.getByRole('button', { name: 'Confirm Unsubscribe' }).click();
    await expect(dialog.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
    const refund = (await orders(page))[0]!;
    expect(refund.amount).toBe(-(240_000 - consumed));
    expect(-refund.amount).toBeLessThanOrEqual(240_000);
  });

  test('the auto-renew switch and its validity are kept across a reload', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources?scenario=expiring-soon');
    const toggle = page.getByRole('switch', { name: 'Auto-renew for China (Hangzhou)' });
    const validity = page.getByRole('combobox', {
      name: 'Auto-renew validity for China (Hangzhou)',
    });
    await expect(toggle).not.toBeChecked();
    await toggle.click({ force: true });
    await expect(toggle).toBeChecked();
    await expect(validity).toBeEnabled();
    await validity.click();
    await page.getByRole('option', { name: '6 months' }).click();
    await expect
      .poll(async () => (await subscription(page)).subscription)
      .toMatchObject({
        autoRenew: true,
        autoRenewMonths: 6,
      });

    await page.reload();
    await expect(toggle).toBeChecked();
    await expect(validity).toHaveValue('6 months');
  });

  test('tags: a bad key is shown beside it, a good one is saved', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/purchased-resources');
    await row(page, 'China \\(Hangzhou\\)').getByRole('button', { name: 'Edit tags' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tags: China (Hangzhou)' });
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    const key = dialog.getByRole('textbox', { name: 'Tag 2 key' });
    await expect(key).toBeFocused();
    await key.fill('x'.repeat(37));
    await dialog.getByRole('button', { name: 'Save tags' }).click();
    await expect(key).toHaveAccessibleDescription('A tag key must be 1 to 36 characters long.');
    await expect(key).toHaveAttribute('aria-invalid', 'true');

    await key.fill('owner');
    await dialog.getByRole('textbox', { name: 'Tag 2 value' }).fill('secops');
    await dialog.getByRole('button', { name: 'Save tags' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Tags saved for China (Hangzhou).' }),
    ).toBeVisible();
    await expect(row(page, 'China \\(Hangzhou\\)')).toContainText('owner: secops');
    expect((await subscription(page)).subscription).toMatchObject({
      tags: [
        { key: 'env', value: 'production' },
        { key: 'owner', value: 'secops' },
      ],
    });
  });

  test('a slow, failing API: skeleton, then an error with Retry that recovers', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openConsole(page, '/overview');
    await setDemo(page, { latencyMs: 1200, failureRate: 1 });
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Purchased Resources' })
      .click();
    const main = page.getByRole('main');
    await expect(main.getByRole('status').filter({ hasText: 'Loading…' })).toBeAttached();
    const alert = main.getByRole('alert');
    await expect(alert).toContainText('The service is temporarily unavailable');
    await setDemo(page, { latencyMs: 300, failureRate: 0 });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(
      page.getByRole('table', { name: 'Subscriptions by region' }).getByRole('rowheader'),
    ).toHaveCount(4);
  });

  test('phone: one card per region, readable without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openConsole(page, '/purchased-resources?scenario=multi-region');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
    const singapore = page.getByRole('region', { name: 'Singapore' });
    await expect(singapore.getByRole('link', { name: 'Increase Quota' })).toBeVisible();
    await expect(singapore).toContainText('50 assets');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
