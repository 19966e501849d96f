/**
 * Payments whose answer does not arrive (SPEC §4): a timeout says the outcome is unknown and
 * Check again replays the same key; a reload resolves the unconfirmed payment before anything
 * else, and never buys twice.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test, timeFactor } from './fixtures';
import {
  api,
  disclaimer,
  next,
  orders,
  payNow,
  recordOrderRequests,
  setDemo,
  stepHeading,
} from './wizard-helpers';

/** src/lib/pending-payment.ts and src/lib/api-client.ts (the demo's shorter timeout) */
const PENDING_KEY = 'sc-console:pending-payment';
const DEMO_TIMEOUT_KEY = 'sc-demo:api-timeout-ms';

async function renewReview(page: Page) {
  await openConsole(page, '/renew/sas-hz-0001');
  await next(page, 'Choose the validity');
  await next(page, 'Review and pay');
  await disclaimer(page).check();
}

const pendingPayment = (page: Page) =>
  page.evaluate((key) => window.sessionStorage.getItem(key), PENDING_KEY);

test.describe('Payments whose answer does not arrive', () => {
  test('a payment that times out says its outcome is unknown; Check again gives the one order', async ({
    page,
  }) => {
    await renewReview(page);
    const before = (await orders(page)).length;
    const ordersSent = await recordOrderRequests(page);

    // the mock's latency stops at 10 s, the console's timeout is 15 s: the demo shortens it
    // (read at every request), from here on only, so the journey's pages load as usual
    const timeoutMs = 3_000;
    await page.evaluate(([key, ms]) => window.sessionStorage.setItem(key, ms), [
      DEMO_TIMEOUT_KEY,
      String(timeoutMs),
    ] as const);
    await setDemo(page, { latencyMs: 10_000 });
    await payNow(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'We do not know yet' });
    await expect(alert).toBeVisible({ timeout: timeoutMs + 5_000 * timeFactor });
    await expect(alert).toContainText('you are charged at most once');
    await expect(page.getByText('The payment did not go through')).toHaveCount(0);
    // nothing else is paid until the outcome is known
    await expect(payNow(page)).toBeDisabled();
    expect(await pendingPayment(page)).not.toBeNull();

    await setDemo(page, { latencyMs: 0 });
    await alert.getByRole('button', { name: 'Check again' }).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();

    const requests = await ordersSent();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.key).toBe(requests[0]?.key);
    // the first request's handler may still place it after its latency: the same key, one order
    await expect.poll(async () => (await orders(page)).length).toBe(before + 1);
    expect(await pendingPayment(page)).toBeNull();
  });

  test('a hung payment is resolved after a reload, without a second order', async ({ page }) => {
    await renewReview(page);
    const before = await orders(page);

    await setDemo(page, { latencyMs: 10_000 });
    await payNow(page).click();
    // the key and body are kept before the request leaves
    await expect.poll(() => pendingPayment(page)).not.toBeNull();
    const stored = JSON.parse((await pendingPayment(page)) ?? '{}') as {
      key: string;
      body: unknown;
    };

    // slow enough to see the check, then the customer reloads while the payment hangs
    await setDemo(page, { latencyMs: 1_500 });
    await page.reload();

    const checking = page
      .getByRole('status')
      .filter({ hasText: 'We are checking your last payment' });
    await expect(checking).toBeVisible();
    await expect(checking).toContainText('Renewal of sas-hz-0001');

    const done = page.getByRole('status').filter({ hasText: 'Your last payment went through' });
    await expect(done).toBeVisible({ timeout: 20_000 * timeFactor });
    await setDemo(page, { latencyMs: 0 });
    const after = await orders(page);
    expect(after).toHaveLength(before.length + 1);
    const order = after[0];
    expect(order?.type).toBe('renew');
    await expect(done).toContainText(`Order ${order?.id ?? ''}`);
    expect(await pendingPayment(page)).toBeNull();
    // the wizard does not offer that renewal again: its result, or a fresh start
    await expect(
      stepHeading(page, 'Payment succeeded').or(stepHeading(page, 'Confirm the order details')),
    ).toBeVisible();
    await expect(payNow(page)).toHaveCount(0);

    // that order is the stored key's: sending the key again returns it and buys nothing more
    const again = await api<{ order: { id: string } }>(page, 'POST', '/orders', stored.body, {
      'Idempotency-Key': stored.key,
    });
    expect(again.order.id).toBe(order?.id);
    expect(await orders(page)).toHaveLength(before.length + 1);

    await done.getByRole('link', { name: 'View the order' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${order?.id ?? ''}`));
  });
});
