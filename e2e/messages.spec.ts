/**
 * The message centre: a subscription about to expire sends a renewal reminder (R1);
 * reading it decrements the bell; the Unread filter lives in the URL; a message's region
 * leads to that region's Overview.
 */
import { expect, openConsole, test } from './fixtures';

const REMINDER = 'Your subscription in China (Hangzhou) expires in 5 days';

test.describe('Messages', () => {
  test('expiring-soon sends a renewal reminder; reading it decrements the bell', async ({
    page,
  }) => {
    await openConsole(page, '/overview?scenario=expiring-soon');
    const bell = page.getByRole('banner').getByRole('link', { name: /^Messages, \d+ unread$/ });
    await expect(bell).toHaveAccessibleName('Messages, 1 unread');

    await bell.click();
    await expect(page).toHaveURL(/\/messages\?region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
    const reminder = page.getByRole('article', { name: REMINDER });
    await expect(reminder).toContainText('Renewal reminder');
    await expect(reminder).toContainText('Unread');
    await expect(reminder).toContainText(/Renew before .+ to keep your assets protected\./);

    await reminder.getByRole('button', { name: 'Mark as read' }).click();
    await expect(bell).toHaveAccessibleName('Messages, 0 unread');
    await expect(reminder.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
    await expect(reminder).not.toContainText('Unread');

    // read for good: a reload asks the API again
    await page.reload();
    await expect(page.getByRole('article', { name: REMINDER })).not.toContainText('Unread');
    await expect(bell).toHaveAccessibleName('Messages, 0 unread');
  });

  test('keeps the Unread filter in the URL across a reload', async ({ page }) => {
    await openConsole(page, '/messages?scenario=expiring-soon');
    const filter = page.getByRole('radiogroup', { name: 'Show' });
    await filter.getByText('Unread (1)').click();
    await expect(filter.getByRole('radio', { name: 'Unread (1)' })).toBeChecked();
    await expect(page).toHaveURL(/[?&]filter=unread/);
    await expect(page.getByRole('article', { name: REMINDER })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Unread (1)' })).toBeChecked();
    await page
      .getByRole('article', { name: REMINDER })
      .getByRole('button', { name: 'Mark as read' })
      .click();
    await expect(page.getByText('You have read every message.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all messages' }).click();
    await expect(page).not.toHaveURL(/filter=/);
    await expect(page.getByRole('article', { name: REMINDER })).toBeVisible();
  });

  test('a message’s region link opens that region’s Overview', async ({ page }) => {
    await openConsole(page, '/messages?scenario=expiring-soon&region=eu-central-1');
    await page
      .getByRole('article', { name: REMINDER })
      .getByRole('link', { name: 'Open the overview of China (Hangzhou)' })
      .click();
    await expect(page).toHaveURL(/\/overview\?region=cn-hangzhou$/);
    await expect(
      page.getByRole('alert', { name: 'Your subscription expires in 5 days' }),
    ).toBeVisible();
  });
});
