import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';
import {
  disclaimer,
  next,
  orders,
  payNow,
  recordOrderRequests,
  setDemo,
  stepHeading,
  subscription,
} from './wizard-helpers';

/** Opens the Renew wizard and goes to its review step. */
async function renewReview(page: Page, url = '/renew/sas-hz-0001') {
  await openConsole(page, url);
  await next(page, 'Choose the validity');
  await next(page, 'Review and pay');
}

test.describe('Payment safety', () => {
  test('the Disclaimer must be accepted: the API refuses, and says so beside the checkbox (R13)', async ({
    page,
  }) => {
    await renewReview(page);
    const before = (await orders(page)).length;
    await page.getByRole('button', { name: 'Read the Disclaimer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disclaimer' });
    await expect(dialog).toContainText('no real payment is taken');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await expect(disclaimer(page)).not.toBeChecked();
    await payNow(page).click();
    await expect(disclaimer(page)).toHaveAccessibleDescription(
      'To pay, tick “I have read and agree to the Disclaimer”.',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'To pay, tick' })).toBeVisible();
    expect(await orders(page)).toHaveLength(before);

    await disclaimer(page).check();
    await expect(page.getByRole('alert').filter({ hasText: 'To pay, tick' })).toHaveCount(0);
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    expect(await orders(page)).toHaveLength(before + 1);
  });

  test('a read-only user is refused and led to Assigning permissions (R14)', async ({ page }) => {
    await renewReview(page, '/renew/sas-hz-0001?scenario=readonly');
    const before = (await orders(page)).length;
    await disclaimer(page).check();
    await payNow(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'You do not have permission to pay' });
    await expect(alert).toContainText('read-only role');
    await expect(alert).toContainText('Nothing was charged.');
    expect(await orders(page)).toHaveLength(before);

    await alert.getByRole('link', { name: 'Assigning permissions' }).click();
    await expect(page).toHaveURL(/\/help\/permissions\?region=cn-hangzhou&from=/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Assigning permissions' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'How an administrator grants the purchase permission' }),
    ).toBeVisible();
    await expect(page.getByText('Read-only', { exact: true }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Back to your purchase' }).click();
    await expect(page).toHaveURL(/\/renew\/sas-hz-0001\?region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Renew' })).toBeVisible();
  });

  test('a double click on Pay Now buys once: one order, one Idempotency-Key', async ({ page }) => {
    await renewReview(page);
    const before = (await orders(page)).length;
    const ordersSent = await recordOrderRequests(page);
    await disclaimer(page).check();
    await payNow(page).dblclick();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();

    const requests = await ordersSent();
    const after = await orders(page);
    expect(after).toHaveLength(before + 1);
    expect(requests.length).toBeGreaterThan(0);
    expect(new Set(requests.map((r) => r.key)).size).toBe(1);
    expect(requests[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a failed payment request is retried with the same key and buys once', async ({ page }) => {
    await renewReview(page);
    const before = (await orders(page)).length;
    const ordersSent = await recordOrderRequests(page);
    await disclaimer(page).check();

    await setDemo(page, { failureRate: 1 });
    await payNow(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The payment did not go through' });
    await expect(alert).toContainText('you are charged at most once');
    await expect(payNow(page)).toBeEnabled();

    await setDemo(page, { failureRate: 0 });
    expect(await orders(page)).toHaveLength(before);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();

    expect(await orders(page)).toHaveLength(before + 1);
    const requests = await ordersSent();
    expect(requests).toHaveLength(2);
    expect(requests[0]?.key).toBeDefined();
    expect(requests[1]?.key).toBe(requests[0]?.key);
  });

  test('a change in another tab is explained; reloading the latest state lets the customer go on', async ({
    page,
    context,
  }) => {
    // tab A opens the renewal and gets to Pay Now
    await renewReview(page);
    const before = await subscription(page);
    await disclaimer(page).check();

    // tab B renews the same subscription first
    const tabB = await context.newPage();
    await renewReview(tabB);
    await disclaimer(tabB).check();
    await payNow(tabB).click();
    await expect(stepHeading(tabB, 'Payment succeeded')).toBeVisible();
    await tabB.close();

    // tab A still shows (and pays for) what it showed: the API refuses the stale version
    await page.bringToFront();
    const currentExpiry = page
      .getByRole('table', { name: 'Order summary' })
      .getByRole('row', { name: /Current expiry/ });
    const shownExpiry = await currentExpiry.textContent();
    await payNow(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This subscription has changed' });
    await expect(alert).toContainText('Nothing was charged.');
    await alert.getByRole('button', { name: 'Reload the latest state' }).click();
    await expect(page.getByText('The latest state is loaded.')).toBeVisible();
    await expect(currentExpiry).not.toHaveText(shownExpiry ?? '');

    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    const after = await subscription(page);
    expect(after.subscription.version).toBe(before.subscription.version + 2);
    const renewals = (await orders(page)).filter((o) => o.type === 'renew');
    expect(renewals).toHaveLength(2);
  });
});
