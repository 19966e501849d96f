/**
 * Every test gets a fresh browser context, and its localStorage is emptied before the
 * app first starts in it, so the mock (state under `sc-console:`) begins from the
 * default scenario and the UI preferences (`sc-ui:`) from their defaults. A cookie
 * marks the context as cleared, so a reload or a second tab keeps what the test did.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      if (!document.cookie.includes('e2e-cleared=1')) {
        window.localStorage.clear();
        document.cookie = 'e2e-cleared=1; path=/; SameSite=Lax';
      }
    });
    await use(context);
  },
});

export { expect };

/** How much longer than on a quiet machine a wait may take here (playwright.config.ts). */
export const timeFactor = Number(process.env.E2E_TIME_FACTOR) || 1;

/** Waits until the shell has rendered and the mock has answered its first requests. */
export async function openConsole(page: Page, url = '/overview') {
  await page.goto(url);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('status', { name: /^Edition: (?!loading)/ })).toBeVisible();
}

/**
 * Waits until the in-browser mock answers (`<html data-mock="listening">`, src/main.tsx): its
 * code loads beside the first page's, so a request the test sent before then would reach the
 * static host.
 */
export async function untilMockListens(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-mock', 'listening');
}
