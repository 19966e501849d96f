import AxeBuilder from '@axe-core/playwright';
import { expect, openConsole, test } from './fixtures';

test.describe('the shell', () => {
  test('opens every page of SPEC §3 through the navigation', async ({ page }) => {
    await openConsole(page, '/');
    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const [link, path] of [
      ['Purchased Resources', '/purchased-resources'],
      ['Orders', '/orders'],
      ['Messages', '/messages'],
      ['Overview', '/overview'],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}\\?region=cn-hangzhou$`));
      await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    }

    await nav.getByRole('link', { name: 'Assigning permissions' }).click();
    await expect(page).toHaveURL(/\/help\/permissions\?region=cn-hangzhou$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Assigning permissions' }),
    ).toBeVisible();
    await expect(page.getByText('Administrator').first()).toBeVisible();

    await page.getByRole('link', { name: /^Messages, \d+ unread$/ }).click();
    await expect(page).toHaveURL(/\/messages\?region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  });

  test('keeps the region in ?region=, across pages and a reload, with its edition badge (R15)', async ({
    page,
  }) => {
    await openConsole(page);
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Region', exact: true }).selectOption('Singapore');
    await expect(page).toHaveURL(/[?&]region=ap-southeast-1/);
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL(/[?&]region=ap-southeast-1/);
    await expect(
      page.getByRole('combobox', { name: 'Region', exact: true }).locator('option:checked'),
    ).toHaveText('Singapore');
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Orders' }).click();
    await expect(page).toHaveURL(/\/orders\?region=ap-southeast-1$/);
    await expect(
      page.getByRole('combobox', { name: 'Region', exact: true }).locator('option:checked'),
    ).toHaveText('Singapore');

    await page
      .getByRole('combobox', { name: 'Region', exact: true })
      .selectOption('China (Hangzhou)');
    await expect(page).toHaveURL(/\/orders\?region=cn-hangzhou$/);
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
  });

  test('opens the wizards, the help page and an unknown URL directly', async ({ page }) => {
    await openConsole(page, '/renew/sas-hz-0001?region=cn-hangzhou');
    await expect(page.getByRole('heading', { level: 1, name: 'Renew' })).toBeVisible();

    await page.goto('/upgrade/sas-hz-0001?method=quota');
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade' })).toBeVisible();

    await page.goto('/help/permissions');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Assigning permissions' }),
    ).toBeVisible();

    await page.goto('/no/such/page?region=eu-central-1');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to Overview' }).click();
    await expect(page).toHaveURL(/\/overview\?region=eu-central-1$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });

  test('loads a demo scenario from ?scenario= and removes the parameter', async ({ page }) => {
    await page.goto('/overview?scenario=released&region=cn-hangzhou');
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(page).toHaveURL(/\/overview\?region=cn-hangzhou$/);
  });

  test('switches language and colour scheme, and remembers both', async ({ page }) => {
    await openConsole(page);
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.getByRole('button', { name: '配色方案' }).click();
    await page.getByRole('menuitem', { name: '深色' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });

  test('collapses the navigation behind a menu button on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openConsole(page);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Orders' })).not.toBeInViewport();
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    await nav.getByRole('link', { name: 'Orders' }).click();
    await expect(page).toHaveURL(/\/orders\?region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Orders' })).not.toBeInViewport();
  });
});

test.describe('accessibility of the shell', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations on the overview and the help page (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      for (const url of ['/overview', '/help/permissions']) {
        await openConsole(page, url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
        ).toEqual([]);
      }
    });
  }
});
