/**
 * Payments whose answer does not arrive (SPEC §4): a timeout says the outcome is unknown and
 * Check again replays the same key; a reload resolves the unconfirmed payment before anything
 * else, and never buys twice.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test, timeFactor } from './fixtures';
import {
  api,
  chooseTamperPacks,
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

/** this test's switch: while set in sessionStorage, POST /orders waits (across a reload too) */
const HOLD_KEY = 'e2e:hold-orders';
const SEEN_KEY = 'e2e:order-keys';

/**
 * From the next page load on, every POST /orders's Idempotency-Key is noted (kept across a
 * reload) and the request waits while `hold` is on: a payment that hangs until `release`.
 */
async function holdableOrders(page: Page) {
  await page.addInitScript(
    ([holdKey, seenKey]) => {
      const held =
        (send: typeof window.fetch): typeof window.fetch =>
        async (input, init) => {
          const request = new Request(input, init);
          if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/orders') {
            const seen = JSON.parse(window.sessionStorage.getItem(seenKey) ?? '[]') as unknown[];
            seen.push(request.headers.get('Idempotency-Key'));
            window.sessionStorage.setItem(seenKey, JSON.stringify(seen));
            while (window.sessionStorage.getItem(holdKey) !== null)
              await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return send(input, init);
        };
      // the in-page mock replaces fetch once it listens (src/mocks/browser.ts): the console's
      // requests go to the one it puts in place, which is the one held here
      let current = window.fetch.bind(window);
      Object.defineProperty(window, 'fetch', {
        configurable: true,
        get: () => current,
        set: (next: typeof window.fetch) => {
          current = held(next);
        },
      });
    },
    [HOLD_KEY, SEEN_KEY] as const,
  );
  const set = (on: boolean) =>
    page.evaluate(
      ([key, value]) =>
        value ? window.sessionStorage.setItem(key, '1') : window.sessionStorage.removeItem(key),
      [HOLD_KEY, on] as const,
    );
  return {
    hold: () => set(true),
    release: () => set(false),
    keys: () =>
      page.evaluate(
        (key) => JSON.parse(window.sessionStorage.getItem(key) ?? '[]') as (string | null)[],
        SEEN_KEY,
      ),
  };
}

/** The notices about the last payment on screen (and so announced): each of its four titles. */
const lastPaymentNotices = (page: Page) =>
  page
    .getByText(
      /^(We are checking your last payment|Your last payment went through|Your last payment was not placed|We could not confirm your last payment yet)$/,
    )
    .filter({ visible: true });

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

    // the outcome is told once: by the wizard's result when it reopened on that payment's
    // review step, by the shell's notice above a wizard that started afresh — not by both
    const result = stepHeading(page, 'Payment succeeded');
    const done = page.getByRole('status').filter({ hasText: 'Your last payment went through' });
    await expect(result.or(done)).toBeVisible({ timeout: 20_000 * timeFactor });
    await setDemo(page, { latencyMs: 0 });
    const after = await orders(page);
    expect(after).toHaveLength(before.length + 1);
    const order = after[0];
    expect(order?.type).toBe('renew');
    expect(await pendingPayment(page)).toBeNull();
    const toldByWizard = await result.isVisible();
    await expect(lastPaymentNotices(page)).toHaveCount(toldByWizard ? 0 : 1);
    if (toldByWizard) await expect(page.getByRole('main')).toContainText(order?.id ?? 'missing');
    else {
      await expect(done).toContainText(`Order ${order?.id ?? ''}`);
      // the wizard does not offer that renewal again: a fresh start
      await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    }
    await expect(payNow(page)).toHaveCount(0);

    // that order is the stored key's: sending the key again returns it and buys nothing more
    const again = await api<{ order: { id: string } }>(page, 'POST', '/orders', stored.body, {
      'Idempotency-Key': stored.key,
    });
    expect(again.order.id).toBe(order?.id);
    expect(await orders(page)).toHaveLength(before.length + 1);

    if (!toldByWizard) {
      await done.getByRole('link', { name: 'View the order' }).click();
      await expect(page).toHaveURL(new RegExp(`/orders/${order?.id ?? ''}`));
    }
  });

  test('a hung payment in a dialog, reloaded: the dialog comes back and tells its order once', async ({
    page,
  }) => {
    const orderRequests = await holdableOrders(page);
    await openConsole(page, '/purchased-resources');
    const before = (await orders(page)).length;
    const dialog = await chooseTamperPacks(page);
    await disclaimer(page).check();

    await orderRequests.hold();
    await payNow(page).click();
    await expect.poll(() => pendingPayment(page)).not.toBeNull();
    // the customer reloads while the payment hangs: the dialog comes back (as a wizard's step does)
    await page.reload();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Quantity' })).toHaveValue('3');

    const checking = dialog
      .getByRole('status')
      .filter({ hasText: 'We are checking your last payment' });
    await expect(checking).toBeVisible();
    await expect(checking).toContainText('Value-added pack of sas-hz-0001');
    await expect(lastPaymentNotices(page)).toHaveCount(1);

    await orderRequests.release();
    // the payment this dialog made is its result, as a wizard's is: the order, not Pay Now again
    await expect(dialog.getByRole('heading', { name: 'Payment succeeded' })).toBeVisible({
      timeout: 10_000 * timeFactor,
    });
    await expect(payNow(page)).toHaveCount(0);
    await expect(lastPaymentNotices(page)).toHaveCount(0);

    // one order, replayed once with the first request's key
    await expect.poll(async () => (await orders(page)).length).toBe(before + 1);
    const [placed] = await orders(page);
    await expect(dialog).toContainText(placed?.id ?? 'missing');
    const keys = await orderRequests.keys();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await pendingPayment(page)).toBeNull();

    // told in the dialog: closing it does not bring the notice back above the page
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(lastPaymentNotices(page)).toHaveCount(0);
  });
});
