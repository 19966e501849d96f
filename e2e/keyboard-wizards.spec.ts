import { expect, openConsole, test } from './fixtures';
import { disclaimer, payNow, stepHeading, tabTo } from './wizard-helpers';

/**
 * Each wizard, from its first step to "Payment succeeded", with the keyboard only: Tab to
 * reach a control, Space or Enter to use it, arrow keys inside a group of radio cards. Focus
 * moves to each new step's heading, so Tab continues from the top of the step.
 */
test.describe('Keyboard only', () => {
  test('renews through the whole wizard without a mouse', async ({ page }) => {
    await openConsole(page, '/renew/sas-hz-0001?scenario=expiring-soon');
    await expect(stepHeading(page, 'Confirm the order details')).toBeVisible();
    const nextButton = page.getByRole('button', { name: 'Next', exact: true });

    await tabTo(page, nextButton);
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Choose the validity')).toBeFocused();

    // Tab into the options, arrows move between them
    await tabTo(page, page.getByRole('radio', { name: /^1 month/ }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^3 months/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /^3 months/ })).toBeFocused();

    await tabTo(page, nextButton);
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Review and pay')).toBeFocused();
    await expect(page.getByText('Total to pay: $240.00')).toBeVisible();

    // the Disclaimer itself opens and closes from the keyboard
    await tabTo(page, page.getByRole('button', { name: 'Read the Disclaimer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Disclaimer' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Disclaimer' })).toBeHidden();

    // Pay Now without the checkbox: the refusal is announced
    await tabTo(page, payNow(page));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'To pay, tick' })).toBeVisible();

    await tabTo(page, disclaimer(page));
    await page.keyboard.press('Space');
    await expect(disclaimer(page)).toBeChecked();
    await tabTo(page, payNow(page));
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();

    await tabTo(page, page.getByRole('link', { name: 'Go to Overview' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('upgrades through the whole wizard without a mouse', async ({ page }) => {
    await openConsole(page, '/upgrade/sas-hz-0001?scenario=upgrade-required');
    await expect(stepHeading(page, 'Current configuration')).toBeVisible();
    const nextButton = page.getByRole('button', { name: 'Next', exact: true });

    await tabTo(page, nextButton);
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Choose the upgrade')).toBeFocused();

    // the method: Version Upgrade with the arrow keys, then back to Increase Quota
    await tabTo(page, page.getByRole('radio', { name: /^Version Upgrade/ }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /^Version Upgrade/ })).toBeChecked();
    await expect(page).toHaveURL(/method=edition/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Increase Quota/ })).toBeChecked();
    await expect(page).toHaveURL(/method=quota/);

    // a quota the rules refuse is announced and explained beside the field
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await tabTo(page, quota);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('12');
    await expect(quota).toHaveAccessibleDescription(/enter at least 13/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('13');
    await expect(page.getByText('Total to pay: $94.68')).toBeVisible();

    await tabTo(page, nextButton);
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Review and pay')).toBeFocused();

    await tabTo(page, disclaimer(page));
    await page.keyboard.press('Space');
    await tabTo(page, payNow(page));
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Payment succeeded')).toBeFocused();
    await expect(page.getByRole('table', { name: 'Items' })).toContainText('$94.68');
  });
});
