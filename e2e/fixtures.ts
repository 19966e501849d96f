/**
 * Every test gets a fresh browser context, and its localStorage is emptied before the
 * app first starts in it, so the mock (state under `sc-console:`) begins from the
 * default scenario and the UI preferences (`sc-ui:`) from their defaults. A cookie
 * marks the context as cleared, so a reload or a second tab keeps what the test did.
 * A test fails if one of its pages raised a `securitypolicyviolation` (`cspViolations`).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** The name under which a page reports a CSP violation to the test (`cspViolations`). */
const CSP_BINDING = '__e2eCspViolation';

/**
 * Records every `securitypolicyviolation` of the context's pages: `vite preview` sends SPEC §4's
 * strict CSP (vite.config.ts), and a violation is a script, style, image or request the
 * console's customers' browsers would block.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding(CSP_BINDING, ({ page }, text: string) => {
    violations.push(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (text: string) => Promise<void>>)[
          binding
        ];
        void report?.(
          `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      },
      true,
    );
  }, CSP_BINDING);
  return violations;
}

export const test = base.extend<{ cspViolations: string[] }>({
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      if (!document.cookie.includes('e2e-cleared=1')) {
        window.localStorage.clear();
        document.cookie = 'e2e-cleared=1; path=/; SameSite=Lax';
      }
    });
    await use(context);
  },
  // every test: no page of its context broke the CSP (checked once the test is over)
  cspViolations: [
    async ({ context }, use) => {
      const violations = await recordCspViolations(context);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
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
