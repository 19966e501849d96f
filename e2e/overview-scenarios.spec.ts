/**
 * The Overview in every demo scenario of SPEC §2, on the production build with the
 * in-browser mock: what a customer sees, which buttons the rules allow (R1–R7, R15, R17),
 * and how the page behaves when the API is slow or failing.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test, untilMockListens } from './fixtures';

/** A demo-control request, answered by the mock in the page (never subject to injected faults). */
async function demo(page: Page, method: 'PATCH' | 'PUT' | 'POST', path: string, body: unknown) {
  await untilMockListens(page);
  await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    },
    { method, path, body },
  );
}

/** Opens the Overview with a scenario loaded, once the subscription is on screen. */
async function openScenario(page: Page, scenario: string, region?: string) {
  const query = new URLSearchParams({ scenario, ...(region ? { region } : {}) });
  await openConsole(page, `/overview?${query.toString()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(summary(page)).toBeVisible();
}

const summary = (page: Page) => page.getByRole('region', { name: 'Subscription' });
/** The value of one item of the summary strip (a <dt>/<dd> pair). */
const summaryValue = (page: Page, label: string) =>
  summary(page).locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
const main = (page: Page) => page.getByRole('main');
const upgradeLink = (page: Page) => main(page).getByRole('link', { name: 'Upgrade', exact: true });
const meter = (page: Page) => page.getByRole('meter', { name: 'Quota usage' });

test.describe('Overview scenarios', () => {
  test('healthy: Standard, 8 of 10, 200 days left; Renew, no Upgrade, no banner', async ({
    page,
  }) => {
    await openScenario(page, 'healthy');
    await expect(summaryValue(page, 'Edition')).toHaveText('Standard');
    await expect(summaryValue(page, 'Billing mode')).toHaveText('Subscription');
    await expect(summaryValue(page, 'Status')).toHaveText('Active');
    await expect(summaryValue(page, 'Days left')).toHaveText('200 days');
    await expect(meter(page)).toHaveAttribute(
      'aria-valuetext',
      '8 of 10 assets, 80 % of the quota',
    );
    await expect(page.getByText('ECS instances: 6')).toBeVisible();
    await expect(page.getByText('External servers: 2')).toBeVisible();
    await expect(page.getByText('Upgrade line (120 %): 12')).toBeVisible();

    await expect(main(page).getByRole('link', { name: 'Renew' })).toHaveAttribute(
      'href',
      '/renew/sas-hz-0001?region=cn-hangzhou',
    );
    await expect(upgradeLink(page)).toHaveCount(0);
    await expect(main(page).getByRole('alert')).toHaveCount(0);

    // the 30-day trend, loaded lazily, with the quota and the 120 % line drawn
    const trend = page.getByRole('region', { name: 'Assets over the last 30 days' });
    // healthy is steady (issue 24): a flat line has no height, so it is attached, not "visible"
    await expect(trend.locator('[data-chart="line"]')).toBeAttached();
    await expect(trend.locator('[data-chart="reference-line"]')).toHaveCount(2);
    await expect(trend).toContainText('against a quota of 10 and an upgrade line of 12');

    // the benchmark's User Timing mark, set once
    expect(
      await page.evaluate(() => performance.getEntriesByName('overview-data', 'mark').length),
    ).toBe(1);
  });

  test('near-threshold (11 of 10): no Upgrade, a warning that 1 asset is left (R7)', async ({
    page,
  }) => {
    await openScenario(page, 'near-threshold');
    const warning = page.getByRole('alert', {
      name: '1 asset left before an upgrade is required',
    });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('You have 11 billable assets for a quota of 10 (110 %)');
    await expect(meter(page)).toHaveAttribute('aria-valuenow', '11');
    await expect(upgradeLink(page)).toHaveCount(0);
    await expect(main(page).getByRole('link', { name: 'Renew' })).toBeVisible();
  });

  test('upgrade-required (13 of 10): Upgrade with the reason and the price (R7, R8)', async ({
    page,
  }) => {
    await openScenario(page, 'upgrade-required');
    await expect(upgradeLink(page)).toBeVisible();
    const reason = page.getByRole('alert', { name: 'Upgrade required' });
    await expect(reason).toContainText(
      'You have 13 billable assets for a quota of 10, which reaches the upgrade line of 12 assets.',
    );
    await expect(reason).toContainText('Upgrade the quota to at least 13 assets');
    await expect(reason).toContainText(
      'Increasing the quota to 13 assets costs $94.68 for the remaining 120 days.',
    );
    // renewal is refused while an upgrade is required: Renew says why
    const renew = main(page).getByRole('button', { name: 'Renew' });
    await expect(renew).toHaveAttribute('aria-disabled', 'true');
    await renew.hover();
    await expect(page.getByRole('tooltip')).toContainText(
      'Renewal is unavailable until you upgrade',
    );

    await upgradeLink(page).click();
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?method=quota&region=cn-hangzhou$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Upgrade' })).toBeVisible();
  });

  test('12 of 10 via PUT /demo/assets: the Upgrade button appears (R7: 120 %, not 110 %)', async ({
    page,
  }) => {
    await openScenario(page, 'healthy');
    await expect(upgradeLink(page)).toHaveCount(0);

    await demo(page, 'PUT', '/demo/assets', { region: 'cn-hangzhou', ecs: 9, external: 2 });
    await page.reload();
    await expect(meter(page)).toHaveAttribute('aria-valuenow', '11');
    await expect(upgradeLink(page)).toHaveCount(0);

    await demo(page, 'PUT', '/demo/assets', { region: 'cn-hangzhou', ecs: 9, external: 3 });
    await page.reload();
    await expect(meter(page)).toHaveAttribute('aria-valuenow', '12');
    await expect(upgradeLink(page)).toBeVisible();
    await expect(page.getByRole('alert', { name: 'Upgrade required' })).toContainText(
      'You have 12 billable assets for a quota of 10',
    );
  });

  test('expiring-soon: the banner says 5 days, with Renew (R1)', async ({ page }) => {
    await openScenario(page, 'expiring-soon');
    const banner = page.getByRole('alert', { name: 'Your subscription expires in 5 days' });
    await expect(banner).toBeVisible();
    await expect(summaryValue(page, 'Status')).toHaveText('Expiring');
    await expect(summaryValue(page, 'Days left')).toHaveText('5 days');
    await banner.getByRole('link', { name: 'Renew' }).click();
    await expect(page).toHaveURL(/\/renew\/sas-hz-0001\?region=cn-hangzhou$/);
  });

  test('expired-retention: the countdown to removal and the retained data (R2, R3)', async ({
    page,
  }) => {
    await openScenario(page, 'expired-retention');
    const banner = page.getByRole('alert', {
      name: 'Your subscription has expired: your assets are no longer protected',
    });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('timer', { name: 'Data removal in' })).toHaveText(
      /^(1 day 23 hours|2 days)$/,
    );
    const retained = banner.getByRole('list', { name: 'Retained configurations and data' });
    await expect(retained.getByRole('listitem')).toHaveText([
      'Asset groups4',
      'Tags12',
      'Quarantined files3',
      'Vulnerability whitelist7',
      'Baseline check policies5',
      'Baseline check whitelist2',
      'Asset fingerprints184',
    ]);
    await expect(banner.getByRole('link', { name: 'Renew' })).toBeVisible();
    await expect(summaryValue(page, 'Status')).toHaveText('Expired');
    await expect(upgradeLink(page)).toHaveCount(0);
  });

  test('released: Buy, what was removed, and the header badge says Basic (R4, R15)', async ({
    page,
  }) => {
    await openScenario(page, 'released');
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    const banner = page.getByRole('alert', { name: 'Your subscription was released' });
    await expect(banner.getByRole('list', { name: 'Removed' }).getByRole('listitem')).toHaveCount(
      7,
    );
    await expect(banner).toContainText('buy a new subscription');
    await expect(main(page).getByRole('link', { name: 'Renew' })).toHaveCount(0);
    await expect(main(page).getByRole('button', { name: 'Renew' })).toHaveCount(0);

    await banner.getByRole('link', { name: 'Buy' }).click();
    await expect(page).toHaveURL(/\/upgrade\/sas-hz-0001\?method=edition&region=cn-hangzhou$/);
  });

  test('basic-only: what Basic includes and Buy; no quota, no Renew, no Upgrade', async ({
    page,
  }) => {
    await openScenario(page, 'basic-only');
    const card = page.getByRole('region', { name: 'You are on the free Basic edition' });
    await expect(card.getByText('Security score')).toBeVisible();
    await expect(card.getByRole('link', { name: 'Buy' })).toHaveAttribute(
      'href',
      '/upgrade/sas-hz-0001?method=edition&region=cn-hangzhou',
    );
    await expect(summaryValue(page, 'Billing mode')).toHaveText('Free');
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();
    await expect(meter(page)).toHaveCount(0);
    await expect(main(page).getByRole('link', { name: 'Renew' })).toHaveCount(0);
    await expect(upgradeLink(page)).toHaveCount(0);
  });

  test('multi-region: each region its own edition and billing mode through the region switch', async ({
    page,
  }) => {
    await openScenario(page, 'multi-region');
    await expect(summaryValue(page, 'Edition')).toHaveText('Standard');
    const region = page.getByRole('combobox', { name: 'Region', exact: true });

    await region.selectOption('Singapore');
    await expect(page).toHaveURL(/region=ap-southeast-1/);
    await expect(summaryValue(page, 'Edition')).toHaveText('Professional');
    await expect(meter(page)).toHaveAttribute(
      'aria-valuetext',
      '42 of 50 assets, 84 % of the quota',
    );

    await region.selectOption('Frankfurt');
    await expect(page).toHaveURL(/region=eu-central-1/);
    await expect(summaryValue(page, 'Edition')).toHaveText('Professional');
    await expect(summaryValue(page, 'Billing mode')).toHaveText('Pay-per-use');
    await expect(summaryValue(page, 'Expiry date')).toHaveText('No expiry');
    const payPerUse = page.getByRole('region', { name: 'Pay-per-use' });
    await expect(payPerUse).toContainText('$0.03 per asset per hour');
    await expect(payPerUse).toContainText('$0.51 per hour for 17 assets');
    await expect(meter(page)).toHaveCount(0);
    await expect(main(page).getByRole('link', { name: 'Renew' })).toHaveCount(0);

    await region.selectOption('Virginia');
    await expect(summaryValue(page, 'Edition')).toHaveText('Basic');
    await expect(page.getByRole('status', { name: 'Edition: Basic' })).toBeVisible();

    // the region survives a reload
    await page.reload();
    await expect(summaryValue(page, 'Edition')).toHaveText('Basic');
    await expect(region.locator('option:checked')).toHaveText('Virginia');
  });

  test('readonly: the page still renders in full', async ({ page }) => {
    await openScenario(page, 'readonly');
    await expect(summaryValue(page, 'Edition')).toHaveText('Standard');
    await expect(meter(page)).toHaveAttribute('aria-valuenow', '8');
    await expect(main(page).getByRole('link', { name: 'Renew' })).toBeVisible();
  });
});

test.describe('Overview when the API is slow or failing', () => {
  test('a slow API: the skeleton first, then the data', async ({ page }) => {
    await openScenario(page, 'healthy');
    // the first page waits 1 s for its data (FIRST_PAGE_WAIT_MS), then shows its skeleton
    await demo(page, 'PATCH', '/demo', { latencyMs: 3000 });
    await page.goto('/overview');
    await expect(main(page).locator('[aria-busy="true"]')).toBeVisible();
    await expect(main(page).getByText('Loading the subscription…')).toBeAttached();
    await expect(meter(page)).toBeVisible();
    await expect(main(page).locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(summaryValue(page, 'Days left')).toHaveText('200 days');
  });

  test('a failing API: the error with Retry; Retry once it answers again', async ({ page }) => {
    await openScenario(page, 'healthy');
    await demo(page, 'PATCH', '/demo', { failureRate: 1 });
    await page.goto('/overview');
    const error = page.getByRole('alert', { name: 'The subscription could not be loaded' });
    await expect(error).toBeVisible();
    await expect(error).toContainText('The service is temporarily unavailable');
    await expect(meter(page)).toHaveCount(0);

    // Retry while it still fails: it loads again (the skeleton), and says so again
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(main(page).locator('[aria-busy="true"]')).toBeVisible();
    await expect(error).toBeVisible();

    // The API answers again. The failures are lifted in the mock's stored state rather than
    // with PATCH /demo: the mock announces each change it saves (BroadcastChannel), and today
    // this very tab refreshes on that notice too — here it must be Retry that brings the data.
    await page.evaluate(() => {
      const key = 'sc-console:world';
      const world = JSON.parse(localStorage.getItem(key) ?? '{}') as { failureRate?: number };
      if (world.failureRate !== 1) throw new Error('unexpected stored demo state');
      localStorage.setItem(key, JSON.stringify({ ...world, failureRate: 0 }));
    });
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(meter(page)).toHaveAttribute('aria-valuenow', '8');
    await expect(error).toHaveCount(0);
  });
});
