/**
 * Issue 24, the growth forecast, in English and Chinese on the production build with the
 * in-browser mock: the Overview words the API's forecast and draws it for a rising trend
 * (the `rising-trend` scenario: 16 of 20 assets, doubled in 30 days, 150 days left), shows
 * none for a steady one (`healthy`), and the Upgrade wizard offers the suggested quota in one
 * click with its quoted price. axe on the Overview with the forecast, light and dark.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, fixClock, openPage } from './a11y-support';
import { expect, test } from './fixtures';

const HZ = 'sas-hz-0001';
/** what the mock's least-squares line gives for the scenario at the fixed clock (2025-06-16) */
const AT = {
  quota: 'Jul 2, 2025',
  upgrade: 'Jul 17, 2025',
  quotaZh: '2025年7月2日',
  upgradeZh: '2025年7月17日',
};
/** Standard 20 → 56 assets for the 150 days left: 800 × 36 × 12 × 150 / 365 = 142 027 cents */
const SUGGESTED = 56;

const trendCard = (page: Page, name: string) => page.getByRole('region', { name });
const projection = (page: Page) => page.locator('[data-chart="projection"]');

async function openUpgradeConfigure(page: Page, next: string, heading: string) {
  await openPage(page, `/upgrade/${HZ}?region=cn-hangzhou&method=quota`, 'rising-trend');
  await page.getByRole('button', { name: next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
}

test.describe('growth forecast, in English', () => {
  test.use({ locale: 'en-US', timezoneId: 'UTC' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('a rising trend: when an upgrade will be required, when the quota is full, drawn dashed', async ({
    page,
  }) => {
    await openPage(page, '/overview', 'rising-trend');
    const card = trendCard(page, 'Assets over the last 30 days');
    await expect(card.getByRole('heading', { name: 'Growth forecast' })).toBeVisible();
    await expect(card).toContainText(
      `At this pace (about 0.27 more billable assets a day), an upgrade will be required around ${AT.upgrade}, when they reach 24, 120 % of the quota.`,
    );
    await expect(card).toContainText(
      `The quota of 20 will be full (100 %) around ${AT.quota}: from then on you are warned, not yet required to upgrade.`,
    );
    await expect(card).toContainText(`A quota of ${SUGGESTED} would stay under 100 %`);
    // the dashed projection with the two days marked and labelled
    await expect(projection(page)).toBeVisible();
    const marks = projection(page).locator('[data-chart="forecast-mark"]');
    await expect(marks).toHaveCount(2);
    await expect(marks.nth(0)).toContainText('Jul 2');
    await expect(marks.nth(1)).toContainText('Jul 17');
    // warned before the limit, not blocked: no Upgrade button yet (R7)
    await expect(
      page.getByRole('main').getByRole('link', { name: 'Upgrade', exact: true }),
    ).toHaveCount(0);
  });

  test('a steady trend: no forecast, no projection', async ({ page }) => {
    await openPage(page, '/overview', 'healthy');
    const card = trendCard(page, 'Assets over the last 30 days');
    // the chart is drawn (a flat line has no height, so it is attached rather than "visible")
    await expect(card.locator('[data-chart="line"]')).toBeAttached();
    await expect(card.getByRole('heading', { name: 'Growth forecast' })).toHaveCount(0);
    await expect(card).not.toContainText('At this pace');
    await expect(projection(page)).toHaveCount(0);
  });

  test('Increase Quota suggests the quota that lasts until expiry; one click, by keyboard, sets it at its price', async ({
    page,
  }) => {
    await openUpgradeConfigure(page, 'Next', 'Choose the upgrade');
    const quota = page.getByRole('textbox', { name: 'Asset quota' });
    await expect(quota).toHaveValue('21');
    const suggestion = page.getByTestId('quota-suggestion');
    await expect(suggestion).toContainText(`Suggested for your growth: ${SUGGESTED} assets`);
    await expect(suggestion).toContainText('This order with it: $1,420.27');

    const use = suggestion.getByRole('button', { name: `Use ${SUGGESTED} as the quota` });
    await use.focus();
    await page.keyboard.press('Enter');
    await expect(quota).toHaveValue(String(SUGGESTED));
    await expect(suggestion).toContainText('The suggested quota is in use');
    // the live price is the API's quote of that quota, the same as the suggestion said
    await expect(page.getByText('Total to pay: $1,420.27')).toBeVisible();
    await expect(page.getByText(`Standard × 20 → Standard × ${SUGGESTED}`)).toBeVisible();
  });

  test('no suggestion when the quota lasts (steady trend)', async ({ page }) => {
    await openPage(page, `/upgrade/${HZ}?region=cn-hangzhou&method=quota`, 'healthy');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Asset quota' })).toBeVisible();
    await expect(page.getByTestId('quota-suggestion')).toHaveCount(0);
  });
});

test.describe('growth forecast, in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('the Overview words the forecast in Chinese, and shows none for a steady trend', async ({
    page,
  }) => {
    await openPage(page, '/overview', 'rising-trend');
    const card = trendCard(page, '近 30 天资产趋势');
    await expect(card.getByRole('heading', { name: '增长预测' })).toBeVisible();
    await expect(card).toContainText(
      `按当前增速（每天约增加 0.27 个计费资产），预计在 ${AT.upgradeZh} 前后需要升级，届时资产将达到 24 个，即配额的 120 %。`,
    );
    await expect(card).toContainText(`配额 20 个预计在 ${AT.quotaZh} 前后用满（100 %）`);
    await expect(projection(page)).toBeVisible();

    await openPage(page, '/overview', 'healthy');
    await expect(trendCard(page, '近 30 天资产趋势').locator('[data-chart="line"]')).toBeAttached();
    await expect(page.getByRole('heading', { name: '增长预测' })).toHaveCount(0);
    await expect(projection(page)).toHaveCount(0);
  });

  test('增加配额: the suggested quota in one click, at its price', async ({ page }) => {
    await openUpgradeConfigure(page, '下一步', '选择升级内容');
    const suggestion = page.getByTestId('quota-suggestion');
    await expect(suggestion).toContainText(`按增长推荐：${SUGGESTED} 个资产`);
    await expect(suggestion).toContainText('US$1,420.27');
    await suggestion.getByRole('button', { name: `使用 ${SUGGESTED} 作为配额` }).click();
    await expect(page.getByRole('textbox', { name: '资产配额' })).toHaveValue(String(SUGGESTED));
    await expect(suggestion).toContainText('已使用推荐配额');
    await expect(page.getByText('应付总额: US$1,420.27')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the forecast in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test(`axe: the Overview with the forecast, ${colorScheme}`, async ({ page }, testInfo) => {
      await fixClock(page);
      await openPage(page, '/overview', 'rising-trend');
      await expect(projection(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      await expectNoAxeViolations(page, testInfo, `Overview with the forecast, ${colorScheme}`);
    });

    test(`axe: the Upgrade step with the suggested quota, ${colorScheme}`, async ({
      page,
    }, testInfo) => {
      await fixClock(page);
      await openUpgradeConfigure(page, 'Next', 'Choose the upgrade');
      await expect(page.getByTestId('quota-suggestion')).toContainText('$1,420.27');
      await expectNoAxeViolations(page, testInfo, `suggested quota, ${colorScheme}`);
    });
  });
}
