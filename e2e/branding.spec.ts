/**
 * White-label branding: product name, logo and primary colour from public/branding.json,
 * applied at start-up; the built-in look when the file is missing or invalid.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from './fixtures';

const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="16" fill="#c2185b"/></svg>',
  );

const serveBranding = (page: Page, body: string, status = 200) =>
  page.route('**/branding.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );

/** The background of the header's edition badge (filled in the primary palette's shade 7). */
const badgeBackground = (page: Page) =>
  page
    .getByRole('status', { name: 'Edition: Standard' })
    .evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('branding', () => {
  test('applies the product name, logo and primary colour of branding.json', async ({ page }) => {
    await serveBranding(
      page,
      JSON.stringify({
        productName: { en: 'Acme Shield', zh: '极盾' },
        logo: LOGO,
        primaryColor: '#c2185b',
      }),
    );
    await openConsole(page);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Acme Shield' })).toBeVisible();
    await expect(header.getByText('Security Center')).toHaveCount(0);
    await expect(page).toHaveTitle('Overview · Acme Shield');
    await expect(header.getByRole('link', { name: 'Acme Shield' }).locator('img')).toHaveAttribute(
      'src',
      LOGO,
    );

    // the primary colour: the filled badge, and the theme's primary variable
    expect(await badgeBackground(page)).toBe('rgb(194, 24, 91)');
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement)
        .getPropertyValue('--mantine-primary-color-filled')
        .trim(),
    );
    expect(primary).toBe('#c2185b');

    // the Chinese name in Chinese
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await expect(header.getByRole('link', { name: '极盾' })).toBeVisible();
  });

  test('keeps the default look when the file is invalid, and applies its valid fields', async ({
    page,
  }) => {
    await serveBranding(page, JSON.stringify({ productName: 'Acme Shield', primaryColor: 'pink' }));
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openConsole(page);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Acme Shield' })).toBeVisible();
    expect(await badgeBackground(page)).toBe('rgb(54, 98, 178)');
    expect(warnings.join('\n')).toContain('primaryColor');
  });

  test('keeps the default look when the file is missing or not JSON', async ({ page }) => {
    await serveBranding(page, '<!doctype html><html></html>');
    await openConsole(page);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Security Center' }),
    ).toBeVisible();
    expect(await badgeBackground(page)).toBe('rgb(54, 98, 178)');

    await page.unrouteAll();
    await serveBranding(page, '{}', 404);
    await page.reload();
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Security Center' }),
    ).toBeVisible();
  });

  test('ships a default branding file with the product, its logo and colour', async ({ page }) => {
    await openConsole(page);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Security Center' })).toBeVisible();
    await expect(
      header.getByRole('link', { name: 'Security Center' }).locator('img'),
    ).toHaveAttribute('src', '/logo.svg');
    expect(await badgeBackground(page)).toBe('rgb(54, 98, 178)');
  });
});
