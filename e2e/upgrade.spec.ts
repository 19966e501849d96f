import { expect, openConsole, test } from './fixtures';
import { disclaimer, next, orders, payNow, stepHeading, subscription } from './wizard-helpers';

test.describe('Upgrade', () => {
  test('the seed example: 13 of 10 assets → Overview Upgrade → quota 13 → $94.68 → paid, Upgrade gone (R6–R8)', async ({
    page,
  }) => {
    await openConsole(page, '/overview?scenario=upgrade-required');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Upgrade', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade' })).toBeVisible();
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?.*method=quota/);
    await expect(stepHeading(page, 'Current configuration')).toBeVisible();
    await expect(page.getByText('An upgrade is required')).toBeVisible();

    await next(page, 'Choose the upgrade');
    await expect(page.getByRole('radio', { name: /^Increase Quota/ })).toBeChecked();
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await expect(
      page.getByText(/At least 13: the quota must cover all 13 billable assets/),
    ).toBeVisible();
    await expect(page.getByText(/At most 10,000/)).toBeVisible();
    // the quota starts at the smallest allowed (13); change it and come back
    await quota.fill('20');
    await expect(page.getByText(/^Total to pay: /)).not.toHaveText('Total to pay: $94.68');
    await quota.fill('13');
    // R8: 10 → 13 pays for the 3 extra assets, for the 120 days left: 2400 × 12 × 120 / 365 → 9468 cents
    await expect(page.getByText('Total to pay: $94.68')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Price' })).toContainText(
      'Upgrade Standard × 10 → Standard × 13 for the remaining 120 days',
    );
    // the benchmark's mark: a quota change has shown its new price
    expect(
      await page.evaluate(() => performance.getEntriesByName('quote-shown').length),
    ).toBeGreaterThan(0);

    await next(page, 'Review and pay');
    await expect(page.getByRole('table', { name: 'Order summary' })).toContainText('10 → 13');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();
    await expect(page.getByRole('table', { name: 'Items' })).toContainText('$94.68');

    await page.getByRole('link', { name: 'Go to Overview' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Renew' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Upgrade', exact: true })).toHaveCount(0);
    const after = await subscription(page);
    expect(after.upgradeRequired).toBe(false);
    expect(after.subscription.quota).toBe(13);
  });

  test('refuses a quota the rules do not allow, beside the field, in customer words (R6, R11)', async ({
    page,
  }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?method=quota');
    await next(page, 'Choose the upgrade');
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await quota.fill('5');
    await expect(quota).toHaveAccessibleDescription(
      /The quota cannot be reduced: enter at least 10\./,
    );
    await expect(quota).toHaveAttribute('aria-invalid', 'true');
    await quota.fill('10001');
    await expect(quota).toHaveAccessibleDescription(/The quota cannot exceed 10,000 assets\./);
    // Next does not move on while the API refuses the quota
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(stepHeading(page, 'Choose the upgrade')).toBeVisible();
    await expect(quota).toBeFocused();

    // a predicted number of servers sizes the quota
    await page.getByRole('textbox', { name: 'Servers you expect to protect' }).fill('25');
    await page.getByRole('button', { name: 'Use as quota' }).click();
    await expect(quota).toHaveValue('25');
    // Standard 10 → 25 for 200 days: 800 × 15 × 12 × 200 / 365 → 78904 cents
    await expect(page.getByText('Total to pay: $789.04')).toBeVisible();
  });

  test('edition upgrade Standard → Professional, with the edition differences (R9, R10, R15)', async ({
    page,
  }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?method=edition');
    await next(page, 'Choose the upgrade');
    await expect(page.getByRole('radio', { name: /^Version Upgrade/ })).toBeChecked();
    // only higher editions are offered
    await expect(page.getByRole('radio', { name: /^Standard/ })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /^Professional/ })).toBeChecked();
    const differences = page.getByRole('table', { name: 'Edition differences' });
    await expect(differences.getByRole('row', { name: /Anti-ransomware/ })).toContainText(
      'Not included',
    );
    // (1500 × 10 − 800 × 10) × 12 × 200 / 365 → 46027 cents
    await expect(page.getByText('Total to pay: $460.27')).toBeVisible();

    // tags (R12): one more, and the API's refusal of a key beside it
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('textbox', { name: 'Tag 2 value' }).fill('finance');
    const key = page.getByRole('textbox', { name: 'Tag 2 key' });
    await expect(key).toHaveAccessibleDescription('A tag key must be 1 to 36 characters long.');
    await key.fill('team');
    await expect(key).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Total to pay: $460.27')).toBeVisible();

    await next(page, 'Review and pay');
    const summary = page.getByRole('table', { name: 'Order summary' });
    await expect(summary).toContainText('Standard → Professional');
    await expect(summary).toContainText('env: production, team: finance');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Professional' })).toBeVisible();
    const after = await subscription(page);
    expect(after.subscription.edition).toBe('professional');
  });

  test('Basic → Standard is a new purchase: edition, billing, quota, validity; the header says Standard (R15, R17)', async ({
    page,
  }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?scenario=basic-only');
    await expect(page.getByRole('heading', { level: 1, name: 'Buy' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    const ordersBefore = (await orders(page)).length;
    await next(page, 'Configure your purchase');
    await expect(page).toHaveURL(/method=edition/);
    await expect(page.getByRole('radio', { name: /^Standard/ })).toBeChecked();
    // pay-per-use is offered for Professional only
    await expect(page.getByRole('radio', { name: /^Pay-per-use/ })).toHaveCount(0);
    await page.getByRole('radio', { name: /^Professional/ }).click();
    await expect(page.getByRole('radio', { name: /^Pay-per-use/ })).toBeVisible();
    await page.getByRole('radio', { name: /^Standard/ }).click();

    await page.getByRole('textbox', { name: 'Asset quota' }).fill('5');
    await expect(page.getByRole('radio', { name: /^6 months \$240\.00/ })).toBeVisible();
    await page.getByRole('radio', { name: /^6 months/ }).click();
    await expect(page.getByText('Total to pay: $240.00')).toBeVisible();

    await next(page, 'Review and pay');
    await expect(page.getByRole('table', { name: 'Order summary' })).toContainText('New purchase');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
    const list = await orders(page);
    expect(list).toHaveLength(ordersBefore + 1);
    expect(list[0]).toMatchObject({ type: 'upgrade', amount: 24_000 });
    const after = await subscription(page);
    expect(after.subscription).toMatchObject({ edition: 'standard', quota: 5 });
  });

  test('an expired subscription must be renewed first: the way forward is Renew', async ({
    page,
  }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?scenario=expired-retention');
    await expect(
      page.getByText('This subscription has expired. Renew it first, then upgrade.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Renew', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Renew' })).toBeVisible();
  });

  test('a released subscription is bought again: Basic in the header until paid, then Standard (R4, R15)', async ({
    page,
  }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?scenario=released');
    await expect(page.getByRole('heading', { level: 1, name: 'Buy' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(page.getByText('This subscription was released')).toBeVisible();
    await next(page, 'Configure your purchase');
    // 8 billable assets × 1 year (billed 10 months) × 800 cents
    await expect(page.getByText('Total to pay: $640.00')).toBeVisible();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
    const after = await subscription(page);
    expect(after.status).toBe('active');
    expect(after.subscription).toMatchObject({ edition: 'standard', quota: 8 });
  });
});
