import { expect, test } from '../fixtures';
import { buyTamperPacks, disclaimer, next, payNow, stepHeading } from '../wizard-helpers';
import { ADMIN, HZ, loadScenario, orders, signInByApi, signInWithForm } from './helpers';

/**
 * The purchases over real HTTP, against the reference backend and its database: what the
 * mock-backed journeys check in the page, here with a session cookie, SPEC §4's CSP, and the
 * orders written by the server.
 */
test.describe('Purchases over HTTP', () => {
  test('signs in from a deep link and renews there: one order in the database', async ({
    page,
  }) => {
    await page.goto(`/renew/${HZ}?region=cn-hangzhou`);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Frenew%2Fsas-hz-0001/);
    await signInWithForm(page, ADMIN);
    // back on the page the link named: the session cookie is set
    await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    await loadScenario(page);
    await page.reload();
    await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    const before = (await orders(page)).length;

    await next(page, 'Choose the validity');
    await page.getByRole('radio', { name: /^2 months/ }).check();
    await next(page, 'Review and pay');
    await expect(page.getByText('Total to pay: $160.00')).toBeVisible();
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    const after = await orders(page);
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ type: 'renew', amount: 16_000 });
  });

  test('upgrades the seed example: 10 → 13 assets with 120 days left costs $94.68', async ({
    page,
  }) => {
    await signInByApi(page);
    await loadScenario(page, 'upgrade-required');
    await page.goto('/overview?region=cn-hangzhou');
    await page.getByRole('main').getByRole('link', { name: 'Upgrade', exact: true }).click();
    await expect(stepHeading(page, 'Current configuration')).toBeVisible();
    await next(page, 'Choose the upgrade');
    await page.getByRole('textbox', { name: 'Asset quota' }).fill('13');
    await expect(page.getByText('Total to pay: $94.68')).toBeVisible();
    await next(page, 'Review and pay');
    await disclaimer(page).check();
    await payNow(page).click();
    await expect(stepHeading(page, 'Payment succeeded')).toBeVisible();
    expect((await orders(page))[0]).toMatchObject({ type: 'upgrade', amount: 9_468 });
  });

  test('buys a value-added pack, then unsubscribes with a refund', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInByApi(page);
    await loadScenario(page);
    await page.goto('/purchased-resources?region=cn-hangzhou');
    // the region's rows (its subscription, its actions)
    const hz = page
      .getByRole('rowgroup')
      .filter({ has: page.getByRole('rowheader', { name: /^China \(Hangzhou\)/ }) });

    const pack = await buyTamperPacks(page, hz);
    expect((await orders(page))[0]).toMatchObject({ type: 'value-added-pack', amount: 49_315 });
    await pack.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(pack).toBeHidden();

    await hz.getByRole('button', { name: 'Unsubscribe' }).click();
    const unsubscribe = page.getByRole('dialog', { name: 'Unsubscribe: China (Hangzhou)' });
    await unsubscribe.getByRole('checkbox', { name: /^I understand/ }).check();
    await unsubscribe.getByRole('button', { name: 'Confirm Unsubscribe' }).click();
    await expect(unsubscribe.getByRole('heading', { name: 'Unsubscribed' })).toBeVisible();
    const [refund] = await orders(page);
    expect(refund?.type).toBe('unsubscribe');
    expect(refund?.amount).toBeLessThan(0);
  });
});
