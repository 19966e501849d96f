/**
 * The first paint: index.html's frame (styled inline) is painted as soon as the page arrives,
 * without waiting for the console's stylesheet, and the console itself is never shown
 * unstyled: it renders once the stylesheet is in (src/lib/styles.ts, `nonBlockingStyles` in
 * vite.config.ts) — or, if the stylesheet cannot be had, renders anyway rather than stay on the
 * frame.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

const ENTRY_STYLESHEET = /\/assets\/index-[\w-]+\.css$/;

/** Holds the console's stylesheet until `release` is called. */
async function holdStylesheet(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY_STYLESHEET, async (route: Route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test.describe('the first paint', () => {
  test('shows the frame while the stylesheet is on its way, then the styled console', async ({
    page,
  }) => {
    const release = await holdStylesheet(page);
    await page.goto('/overview', { waitUntil: 'commit' });
    // painted: the frame, with its status, is there without the console's stylesheet
    await expect(
      page.getByRole('status').filter({ hasText: 'Loading the console…' }),
    ).toBeVisible();
    // and the browser paints it (a frame or so after it is laid out; with a render-blocking
    // stylesheet held, it would not paint at all)
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance.getEntriesByType('paint').some((entry) => entry.name === 'first-paint'),
        ),
      )
      .toBe(true);
    // the console's script has run and its data is in, but nothing of it is shown unstyled
    await expect(page.locator('html')).toHaveAttribute('data-mock', 'listening');
    await page.waitForTimeout(500);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('meter', { name: 'Quota usage' })).toHaveCount(0);

    release();
    await expect(page.getByRole('meter', { name: 'Quota usage' })).toBeVisible();
    // styled: Mantine's header is fixed at the top
    expect(
      await page.getByRole('banner').evaluate((header) => getComputedStyle(header).position),
    ).toBe('fixed');
  });

  test('renders the console, not the frame for ever, when the stylesheet cannot be loaded', async ({
    page,
  }) => {
    await page.route(ENTRY_STYLESHEET, (route) => route.abort());
    await page.goto('/overview');
    await expect(page.getByRole('meter', { name: 'Quota usage' })).toHaveAttribute(
      'aria-valuenow',
      '8',
    );
  });
});
