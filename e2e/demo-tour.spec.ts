/**
 * The guided tour: a presenter steps through the two headline stories with the tour card;
 * each step sets the mocked world and opens the page that shows it.
 */
import { hangzhou, openDemoPanel, overviewUpgrade } from './demo-helpers';
import { expect, openConsole, test } from './fixtures';
import { api } from './wizard-helpers';

test.describe('the guided tour', () => {
  test('story 1: assets grow past 120 % → Upgrade appears → upgrade → it disappears', async ({
    page,
  }) => {
    // from anywhere, in any state: the story starts from the healthy scenario at real time
    await openConsole(page, '/orders?scenario=released');
    const panel = await openDemoPanel(page);
    await panel.getByRole('button', { name: 'Start: Upgrade at 120 %' }).click();
    await expect(panel).toBeHidden();
    const card = page.getByRole('region', { name: /^Step \d of 5/ });
    const main = page.getByRole('main');
    const next = card.getByRole('button', { name: 'Next step' });

    await expect(card).toHaveAccessibleName('Step 1 of 5 · Within quota');
    await expect(page).toHaveURL(/\/overview\?region=cn-hangzhou$/);
    await expect(main.getByText('80 % used')).toBeVisible();
    await expect(main.getByRole('link', { name: 'Renew' })).toBeVisible();
    await expect(overviewUpgrade(page)).toHaveCount(0);

    await next.click();
    await expect(card).toHaveAccessibleName('Step 2 of 5 · Assets grow past 120 %');
    await expect(main.getByText('120 % used')).toBeVisible();

    await next.click();
    await expect(card).toHaveAccessibleName('Step 3 of 5 · Upgrade appears');
    await expect(overviewUpgrade(page)).toBeVisible();

    await next.click();
    await expect(card).toHaveAccessibleName('Step 4 of 5 · Upgrade');
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?method=quota&region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade' })).toBeVisible();

    // the presenter upgrades, the card folded out of the way
    await card.getByRole('button', { name: 'Step details' }).click();
    await expect(card.getByText(/Upgrade opens the quota increase/)).toBeHidden();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Choose the upgrade' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Asset quota' })).toHaveValue('12');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Review and pay' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
    await page.getByRole('button', { name: 'Pay Now', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Payment succeeded' })).toBeVisible();

    await card.getByRole('button', { name: 'Step details' }).click();
    await next.click();
    await expect(card).toHaveAccessibleName('Step 5 of 5 · It disappears');
    await expect(page).toHaveURL(/\/overview\?region=cn-hangzhou$/);
    await expect(main.getByRole('link', { name: 'Renew' })).toBeVisible();
    await expect(overviewUpgrade(page)).toHaveCount(0);
    await expect(card.getByText(/the upgrade was not paid/)).toHaveCount(0);
    expect((await hangzhou(page)).subscription.quota).toBe(12);

    await card.getByRole('button', { name: 'Finish tour' }).click();
    await expect(card).toHaveCount(0);
  });

  test('story 2: expiring → expired, data retained → released, data removed', async ({ page }) => {
    await openConsole(page);
    const panel = await openDemoPanel(page);
    await panel.getByRole('button', { name: 'Start: Expiry and data removal' }).click();
    const card = page.getByRole('region', { name: /^Step \d of 3/ });
    const main = page.getByRole('main');
    const next = card.getByRole('button', { name: 'Next step' });

    await expect(card).toHaveAccessibleName('Step 1 of 3 · Expiring soon');
    await expect(main.getByText('Your subscription expires in 5 days')).toBeVisible();

    await next.click();
    await expect(card).toHaveAccessibleName('Step 2 of 3 · Expired: data retained');
    await expect(
      main.getByText('Your subscription has expired: your assets are no longer protected'),
    ).toBeVisible();
    await expect(main.getByRole('timer', { name: 'Data removal in' })).toBeVisible();

    // Back shows the step before again
    await card.getByRole('button', { name: 'Previous step' }).click();
    await expect(card).toHaveAccessibleName('Step 1 of 3 · Expiring soon');
    await expect(main.getByText('Your subscription expires in 5 days')).toBeVisible();
    await next.click();
    await expect(card).toHaveAccessibleName('Step 2 of 3 · Expired: data retained');

    await next.click();
    await expect(card).toHaveAccessibleName('Step 3 of 3 · Released: data removed');
    await expect(main.getByText('Your subscription was released')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Buy' }).first()).toBeVisible();

    await card.getByRole('button', { name: 'End the tour' }).click();
    await expect(card).toHaveCount(0);
  });

  test('story 3: a read-only engineer asks, the administrator is told and pays', async ({
    page,
  }) => {
    await openConsole(page);
    const panel = await openDemoPanel(page);
    await panel
      .getByRole('button', { name: 'Start: A read-only engineer asks, the admin pays' })
      .click();
    const card = page.getByRole('region', { name: /^Step \d of 3/ });
    const next = card.getByRole('button', { name: 'Next step' });

    // the engineer, read-only, in Increase Quota: Pay Now refused, Request purchase instead
    await expect(card).toHaveAccessibleName('Step 1 of 3 · A read-only engineer asks');
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?method=quota&region=cn-hangzhou$/);
    await card.getByRole('button', { name: 'Step details' }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
    await page.getByRole('button', { name: 'Pay Now', exact: true }).click();
    await page.getByRole('button', { name: 'Request purchase' }).click();
    await page
      .getByRole('textbox', { name: 'Note for the administrators (optional)' })
      .fill('We add servers every week');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('status', { name: /^Request PR-\S+ sent$/ })).toBeVisible();

    // the administrator: the message names the open request, then Orders → Requests pays it
    await card.getByRole('button', { name: 'Step details' }).click();
    await next.click();
    await expect(card).toHaveAccessibleName('Step 2 of 3 · The administrators are told');
    await expect(page).toHaveURL(/\/messages\?region=cn-hangzhou$/);
    await expect(card).toContainText('(1 open)');
    // open, and an administrator may pay it: the message goes straight to the wizard
    await expect(
      page.getByRole('link', { name: /^Review and pay request PR-/ }).first(),
    ).toBeVisible();

    await next.click();
    await expect(card).toHaveAccessibleName('Step 3 of 3 · The administrator pays');
    await expect(page).toHaveURL(/\/orders\?.*tab=requests/);
    await expect(card).toContainText('1 open request');
    await card.getByRole('button', { name: 'Step details' }).click();
    await page.getByRole('button', { name: /^Review and pay request PR-/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Review and pay' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
    await page.getByRole('button', { name: 'Pay Now', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Payment succeeded' })).toBeVisible();
    const { items } = await api<{ items: { status: string }[] }>(page, 'GET', '/purchase-requests');
    expect(items.map((r) => r.status)).toEqual(['paid']);
  });
});
