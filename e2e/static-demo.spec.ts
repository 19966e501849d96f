/**
 * The static demo served over plain http from a host that is not `localhost` (a laptop on the
 * customer's network): the page is not a secure context, so it has no Service Worker, no Web
 * Locks and no `crypto.randomUUID`. The mock answers in the page and needs none of them.
 */
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { expect, test } from './fixtures';
import { disclaimer, next, orders, payNow, stepHeading } from './wizard-helpers';

const HOST = 'console.demo.test';
const PORT = Number(process.env.E2E_PORT ?? 4173);

test.use({
  baseURL: `http://${HOST}:${PORT}`,
  launchOptions: {
    executablePath: findChromium({ quiet: true })?.path,
    // the name leads to the preview on 127.0.0.1; to the page it is just another http host
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  },
});

test('works where the page is not a secure context: the data, then a renewal paid', async ({
  page,
}) => {
  await page.goto('/overview');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await expect(page.getByRole('meter', { name: 'Quota usage' })).toHaveAttribute(
    'aria-valuenow',
    '8',
  );

  const before = (await orders(page)).length;
  await page.goto('/renew/sas-hz-0001');
  await next(page, 'Choose the validity');
  await next(page, 'Review and pay');
  await disclaimer(page).check();
  await payNow(page).click();
  await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
  expect(await orders(page)).toHaveLength(before + 1);
});
