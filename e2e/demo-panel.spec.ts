/**
 * Sales demo mode: the Demo panel's controls, each proven on the page behind it (issue
 * "Sales demo mode"). Every change shows at once: the panel stays open while we look.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { transitionsDone } from './a11y-support';
import { demoState, hangzhou, openDemoPanel, overviewUpgrade } from './demo-helpers';
import { expect, openConsole, test, timeFactor } from './fixtures';

test.describe('the Demo panel', () => {
  test('opens from the header button and with Ctrl+Shift+D', async ({ page }) => {
    await openConsole(page);
    const button = page.getByRole('banner').getByRole('button', { name: 'Demo' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Control+Shift+D');
    const panel = page.getByRole('dialog', { name: 'Demo control' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Clock' })).toBeVisible();
    await page.keyboard.press('Control+Shift+D');
    await expect(panel).toBeHidden();

    await button.click();
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('offers every scenario with its story, and loading one changes the page at once', async ({
    page,
  }) => {
    await openConsole(page);
    const panel = await openDemoPanel(page);
    await panel.getByRole('combobox', { name: 'Load a scenario' }).click();
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(11);
    await page.getByRole('option', { name: /^Released/ }).click();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(page.getByText('Your subscription was released')).toBeVisible();
    expect((await demoState(page)).scenario).toBe('released');
  });

  test('moving the clock to expiry shows the expired banner; back to real time removes it', async ({
    page,
  }) => {
    await openConsole(page);
    const main = page.getByRole('main');
    await expect(main.getByText('Active', { exact: true })).toBeVisible();
    const panel = await openDemoPanel(page);
    const clock = panel.getByRole('region', { name: 'Clock' });
    await expect(clock.getByText(/^China \(Hangzhou\): expires /)).toBeVisible();
    await clock.getByRole('button', { name: 'To expiry' }).click();

    await expect(
      main.getByText('Your subscription has expired: your assets are no longer protected'),
    ).toBeVisible();
    await expect(main.getByText('Expired', { exact: true })).toBeVisible();
    await expect(main.getByRole('timer', { name: 'Data removal in' })).toBeVisible();
    await expect(clock.getByText(/^\d+ days ahead$/)).toBeVisible();

    await clock.getByRole('button', { name: 'To data removal' }).click();
    await expect(main.getByText('Your subscription was released')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();

    await clock.getByRole('button', { name: 'Back to real time' }).click();
    await expect(main.getByText('Active', { exact: true })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
    expect((await demoState(page)).clockOffsetMs).toBe(0);
  });

  test('+1 day and +1 week move the clock; the picker sets it', async ({ page }) => {
    await openConsole(page);
    const panel = await openDemoPanel(page);
    const clock = panel.getByRole('region', { name: 'Clock' });
    await clock.getByRole('button', { name: '+1 week' }).click();
    await expect(clock.getByText('7 days ahead')).toBeVisible();
    await clock.getByRole('button', { name: '+1 day' }).click();
    await expect(clock.getByText('8 days ahead')).toBeVisible();
    // the Overview counts 8 days fewer (200 → 192)
    await expect(page.getByRole('main').getByText('192 days')).toBeVisible();

    // the picker: the 15th of next month, applied when the calendar closes
    const before = new Date((await demoState(page)).now);
    const target = new Date(before.getFullYear(), before.getMonth() + 1, 15);
    await clock.getByRole('button', { name: 'Demo date and time' }).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    const day = target.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    await page.getByRole('button', { name: day, exact: true }).click();
    await page.getByRole('button', { name: 'Set the demo clock' }).click();
    await expect
      .poll(async () => {
        const now = await page.evaluate(
          async () => ((await (await fetch('/api/v1/demo')).json()) as { now: string }).now,
        );
        return new Date(now).toDateString();
      })
      .toBe(target.toDateString());
  });

  test('raising the assets to 12 of 10 shows Upgrade on the Overview (R7)', async ({ page }) => {
    await openConsole(page);
    await expect(overviewUpgrade(page)).toHaveCount(0);
    const panel = await openDemoPanel(page);
    const region = panel.getByRole('group', { name: 'China (Hangzhou)' });
    await expect(region.getByText(/quota 10, upgrade required from 12 \(120 %\)/)).toBeVisible();

    // 11 of 10: warned, not yet required
    await region.getByRole('textbox', { name: 'ECS instances' }).fill('9');
    await region.getByRole('textbox', { name: 'ECS instances' }).press('Enter');
    await expect(page.getByText('1 asset left before an upgrade is required')).toBeVisible();
    await expect(overviewUpgrade(page)).toHaveCount(0);

    await region.getByRole('textbox', { name: 'ECS instances' }).fill('10');
    await region.getByRole('textbox', { name: 'External servers' }).fill('2');
    await region.getByRole('textbox', { name: 'External servers' }).press('Tab');
    await expect(overviewUpgrade(page)).toBeVisible();
    await expect(region.getByText('Upgrade required', { exact: true })).toBeVisible();
    await expect(region.getByText(/^12 billable/)).toBeVisible();
    expect((await hangzhou(page)).upgradeRequired).toBe(true);
  });

  test('switches the role to read-only', async ({ page }) => {
    await openConsole(page);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByText('Administrator')).toBeVisible();
    const panel = await openDemoPanel(page);
    await panel.getByText('Read-only', { exact: true }).click();
    await expect(nav.getByText('Read-only')).toBeVisible();
    expect((await demoState(page)).role).toBe('readonly');

    await panel.getByText('Administrator', { exact: true }).click();
    await expect(nav.getByText('Administrator')).toBeVisible();
  });

  // two tests, each well within its budget on a busy machine: both wait out what they cause
  // (1.5 s per request; the query client's retries before the error shows)
  test('the latency slider slows every request', async ({ page }) => {
    await openConsole(page);
    const panel = await openDemoPanel(page);
    const latency = panel.getByRole('slider', { name: 'Latency' });
    await latency.focus();
    for (let i = 0; i < 15; i++) await latency.press('ArrowRight');
    await expect(latency).toHaveAttribute('aria-valuetext', '1,500 ms');
    await expect.poll(async () => (await demoState(page)).latencyMs).toBe(1500);

    // a reload shows the loading state for the slowed requests
    const started = Date.now();
    await page.reload();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);

    const reopened = await openDemoPanel(page);
    await expect(reopened.getByRole('slider', { name: 'Latency' })).toHaveAttribute(
      'aria-valuenow',
      '1500',
    );
    await reopened.getByRole('slider', { name: 'Latency' }).press('Home');
    await expect.poll(async () => (await demoState(page)).latencyMs).toBe(0);
  });

  test('the failure-rate slider fails every request; back to 0 % the page recovers', async ({
    page,
  }) => {
    await openConsole(page);
    let panel = await openDemoPanel(page);
    const failures = panel.getByRole('slider', { name: 'Failure rate' });
    await failures.press('End');
    await expect(failures).toHaveAttribute('aria-valuetext', '100 %');
    await expect.poll(async () => (await demoState(page)).failureRate).toBe(1);

    await page.reload();
    // after the query client's two retries (0.5 s, then 1 s)
    await expect(page.getByRole('main').getByRole('button', { name: 'Retry' })).toBeVisible({
      timeout: 15_000 * timeFactor,
    });
    // back to 0 %: the page behind the panel recovers at once (every query is refetched)
    panel = await openDemoPanel(page);
    await panel.getByRole('slider', { name: 'Failure rate' }).press('Home');
    await expect.poll(async () => (await demoState(page)).failureRate).toBe(0);
    await expect(page.getByRole('main').getByText('Subscription ID: sas-hz-0001')).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: 'Retry' })).toHaveCount(0);
  });

  test('reset brings back the healthy scenario at real time', async ({ page }) => {
    await openConsole(page, '/overview?scenario=released');
    const panel = await openDemoPanel(page);
    await panel.getByRole('button', { name: '+1 week' }).click();
    await panel.getByRole('button', { name: 'Reset demo data' }).click();
    await panel.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(panel.getByText('The demo data was reset.')).toBeVisible();
    await expect(page.getByRole('status', { name: 'Edition: Standard' })).toBeVisible();
    const state = await demoState(page);
    expect(state).toMatchObject({ scenario: 'healthy', clockOffsetMs: 0, role: 'admin' });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the panel, its date picker and the tour card have no axe violations (${colorScheme})`, async ({
      page,
    }) => {
      test.slow(); // three times the budget (playwright.config.ts)
      await page.emulateMedia({ colorScheme });
      await openConsole(page);
      const panel = await openDemoPanel(page);
      // the section of the Copy link field and the reset confirmation shown too
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await expect(panel.getByRole('textbox', { name: 'Demo link' })).toBeVisible();
      await panel.getByRole('button', { name: 'Reset demo data' }).click();
      expect(await violations(page)).toEqual([]);

      await panel.getByRole('button', { name: 'Cancel' }).click();
      await panel.getByRole('button', { name: 'Demo date and time' }).click();
      await expect(page.getByRole('button', { name: 'Next month' })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await panel.getByRole('button', { name: 'Start: Expiry and data removal' }).click();
      await expect(page.getByRole('region', { name: /^Step 1 of 3/ })).toBeVisible();
      await expect(page.getByText('Your subscription expires in 5 days')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

async function violations(page: Page) {
  await transitionsDone(page); // axe reads the colours once a panel or menu has faded in
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(({ id, nodes }) => ({
    id,
    nodes: nodes.map((node) => node.target.join(' ')),
  }));
}
