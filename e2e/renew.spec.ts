import { expect, openConsole, test } from './fixtures';
import { api, disclaimer, next, orders, payNow, stepHeading, subscription } from './wizard-helpers';

test.describe('Renew', () => {
  test('renews an expiring subscription: quota locked, validity priced by the API, Pay Now (R1, R5)', async ({
    page,
  }) => {
    await openConsole(page, '/renew/sas-hz-0001?scenario=expiring-soon');
    await expect(page.getByRole('heading', { level: 1, name: 'Renew' })).toBeVisible();
    await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    await expect(page.getByText('Expires in 5 days')).toBeVisible();

    // the quota is shown, locked, with the reason
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await expect(quota).toHaveValue('10');
    await expect(quota).toHaveAttribute('readonly', '');
    await expect(page.getByText('The asset count cannot change during a renewal.')).toBeVisible();
    const before = await subscription(page);
    const ordersBefore = (await orders(page)).length;

    await next(page, 'Choose the validity');
    // 1–9 months and 1–3 years, each with its price (800 cents × 10 assets × billed months)
    await expect(page.getByRole('radio')).toHaveCount(12);
    await expect(page.getByRole('radio', { name: /^3 months \$240\.00 New expiry/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^2 years \$1,600\.00/ })).toContainText(
      'billed as 20 months',
    );
    await page.getByRole('radio', { name: /^3 months/ }).click();
    await expect(page.getByRole('radio', { name: /^3 months/ })).toBeChecked();

    await next(page, 'Review and pay');
    const summary = page.getByRole('table', { name: 'Order summary' });
    await expect(summary).toContainText('3 months');
    await expect(page.getByRole('table', { name: 'Price' })).toContainText(
      'Renewal: Standard edition, 10 assets × 3 months (billed as 3 months)',
    );
    await expect(page.getByText('Total to pay: $240.00')).toBeVisible();

    const bell = page.getByRole('link', { name: /^Messages, \d+ unread$/ });
    const unread = Number(/(\d+)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();
    await expect(page.getByRole('table', { name: 'Items' })).toContainText('$240.00');
    // nothing stays stale: the bell has the "payment succeeded" message
    await expect(page.getByRole('link', { name: `Messages, ${unread + 1} unread` })).toBeVisible();

    const after = await subscription(page);
    expect(after.status).toBe('active');
    expect(after.subscription.quota).toBe(10);
    expect(Date.parse(after.subscription.expiresAt ?? '')).toBeGreaterThan(
      Date.parse(before.subscription.expiresAt ?? '') + 80 * 86_400_000,
    );
    const list = await orders(page);
    expect(list).toHaveLength(ordersBefore + 1);
    expect(list[0]).toMatchObject({ type: 'renew', amount: 24_000 });
    await expect(
      page.getByRole('cell', { name: list[0]?.id ?? 'missing', exact: true }),
    ).toBeVisible();

    // the way on: Orders and Overview
    await page.getByRole('link', { name: 'View orders' }).click();
    await expect(page).toHaveURL(/\/orders\?region=cn-hangzhou$/);
  });

  test('renews an expired subscription within the retention period: active again, data kept (R2, R3)', async ({
    page,
  }) => {
    await openConsole(page, '/renew/sas-hz-0001?scenario=expired-retention');
    await expect(
      page.getByText(/^Expired on .*: your assets are no longer protected$/),
    ).toBeVisible();
    await expect(page.getByText('Asset groups: 4')).toBeVisible();
    await expect(page.getByText('Quarantined files: 3')).toBeVisible();
    const before = await subscription(page);
    expect(before.status).toBe('expired');

    await next(page, 'Choose the validity');
    await expect(page.getByRole('radio', { name: /^1 year/ })).toBeChecked();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();

    const after = await subscription(page);
    expect(after.status).toBe('active');
    expect(after.retainedData).toEqual(before.retainedData);
    expect(after.retainedData.assetGroups).toBe(4);

    await page.getByRole('link', { name: 'Go to Overview' }).click();
    await expect(page).toHaveURL(/\/overview\?region=cn-hangzhou$/);
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
  });

  test('shows what the API refuses as the way forward: upgrade first, buy, nothing to renew', async ({
    page,
  }) => {
    await openConsole(page, '/renew/sas-hz-0001?scenario=upgrade-required');
    await expect(stepHeading(page, 'Upgrade first')).toBeVisible();
    await expect(
      page.getByText(/13 billable assets have reached 120 % of the quota of 10/),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Upgrade', exact: true }).click();
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?.*method=quota/);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade' })).toBeVisible();

    await api(page, 'POST', '/demo/scenario', { name: 'released' });
    await page.goto('/renew/sas-hz-0001');
    await expect(stepHeading(page, 'Buy a new subscription')).toBeVisible();
    await page.getByRole('link', { name: 'Buy', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Buy' })).toBeVisible();

    // Singapore is Basic in the default scenario: free, nothing to renew
    await page.goto('/renew/sas-sg-0001');
    await expect(stepHeading(page, 'Nothing to renew')).toBeVisible();
    await expect(page).toHaveURL(/region=ap-southeast-1/);
    await expect(page.getByRole('link', { name: 'Buy', exact: true })).toBeVisible();
  });

  test('says so when the subscription does not exist', async ({ page }) => {
    await openConsole(page, '/renew/sas-nowhere');
    await expect(page.getByText('There is no subscription with this ID.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to Purchased Resources' })).toBeVisible();
  });
});
