/**
 * The console in Simplified Chinese: the language switched in the header, then the
 * Overview, Purchased Resources, the Renew wizard and the Upgrade wizard read in Chinese
 * — API refusals included — with money and dates written the zh-CN way; the choice
 * survives a reload, and a Chinese browser gets Chinese without choosing.
 */
import type { Locator, Page } from '@playwright/test';
import { fixClock, openPage, settled } from './a11y-support';
import { expect, openConsole, test } from './fixtures';

const HZ = 'sas-hz-0001';

/**
 * Latin-letter words a Chinese page may show: product and unit names, currency, IDs — and
 * the customer's own data (the demo subscriptions carry the tag env=production).
 */
const ALLOWED = new Set(['ECS', 'ID', 'GB', 'US', 'USD', 'API', 'SOAR', 'env', 'production']);

/** English words left in a part of the page (identifiers such as sas-hz-0001 excepted). */
async function englishWords(locator: Locator): Promise<string[]> {
  const text = await locator.innerText();
  const words = text
    .replace(/\S*[=?/]\S*/g, ' ') // ?scenario=readonly, /help/permissions
    .replace(/\b[\w-]*\d[\w-]*\b/g, ' ') // sas-hz-0001, order ids, 100GB
    .replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' ') // cn-hangzhou
    .match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g);
  return [...new Set((words ?? []).filter((w) => !ALLOWED.has(w)))];
}

async function expectChinese(page: Page, where: string) {
  const main = page.getByRole('main');
  await expect(main).toContainText(/[\u4e00-\u9fff]/);
  expect(await englishWords(main), `English words left on ${where}`).toEqual([]);
  expect(await englishWords(page.getByRole('banner')), `English in the header on ${where}`).toEqual(
    [],
  );
}

/** A zh-CN date: 2025年12月31日 */
const ZH_DATE = /\d{4}年\d{1,2}月\d{1,2}日/;
/** USD for zh-CN: US$240.00 */
const ZH_MONEY = /US\$\s?\d[\d,]*\.\d{2}/;

test.describe('in Chinese', () => {
  test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });

  test('switches to Chinese in the header and buys in Chinese, keeping the choice across a reload', async ({
    page,
  }) => {
    test.slow(); // three times the budget (playwright.config.ts)
    await fixClock(page);
    await openConsole(page, '/overview?scenario=expiring-soon');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    // Overview: headings, the edition badge, the expiry as a Chinese date, no English left
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(page).toHaveTitle(/概览.*云安全中心/);
    await expect(page.getByRole('status', { name: '版本：标准版' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('main')).toContainText(ZH_DATE);
    await expectChinese(page, 'the Overview');

    // Purchased Resources, through the navigation
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '已购资源' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '已购资源' })).toBeVisible();
    await settled(page);
    await expect(page.getByRole('main')).toContainText(ZH_DATE);
    await expect(page.getByRole('main')).toContainText('华东1（杭州）');
    await expectChinese(page, 'Purchased Resources');

    // the Renew wizard: steps, validity prices in US$ the zh-CN way, the review
    await page.goto(`/renew/${HZ}`);
    await expect(page.getByRole('heading', { level: 1, name: '续费' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '确认订单详情' })).toBeVisible();
    await settled(page);
    await expectChinese(page, 'Renew, order details');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: '选择购买时长' })).toBeFocused();
    await page.getByRole('radio', { name: /^3 个月/ }).check();
    await expect(page.getByRole('main')).toContainText(ZH_MONEY);
    await expectChinese(page, 'Renew, validity');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: '确认并支付' })).toBeFocused();
    // 3 months × quota 10 × $8.00
    await expect(page.getByRole('main')).toContainText('US$240.00');

    // the API refuses Pay Now without the Disclaimer: its refusal, in Chinese
    await page.getByRole('button', { name: '立即支付' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '免责声明' })).toBeVisible();
    await expectChinese(page, 'Renew, the refusal');

    await page.getByRole('checkbox', { name: '我已阅读并同意《免责声明》' }).check();
    await page.getByRole('button', { name: '立即支付' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '支付成功' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('US$240.00');
    await expect(page.getByRole('main')).toContainText(ZH_DATE);
    await expectChinese(page, 'the payment result');

    // the choice is kept
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/续费|概览/);
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
  });

  test('words a rule error of the API beside the field, in Chinese (R6)', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('sc-ui:language', 'zh'));
    await fixClock(page);
    await openPage(page, `/upgrade/${HZ}?method=quota`, 'upgrade-required');
    await expect(page.getByRole('heading', { level: 1, name: '升级' })).toBeVisible();
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    const quota = page.getByRole('textbox', { name: '资产配额' });
    await quota.fill('12');
    // QUOTA_BELOW_ASSETS from POST /quotes, with its numbers
    await expect(quota).toHaveAccessibleDescription(/13/);
    await expect(quota).toHaveAccessibleDescription(/[\u4e00-\u9fff]/);
    expect(await englishWords(page.getByRole('main'))).toEqual([]);
    await quota.fill('13');
    await expect(quota).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('main')).toContainText(ZH_MONEY);
  });
});

/** Every route of SPEC §3 with the scenarios that change what it says. */
const SWEEP: { url: string; scenario?: string }[] = [
  { url: '/overview', scenario: 'expiring-soon' },
  { url: '/overview', scenario: 'expired-retention' },
  { url: '/overview', scenario: 'released' },
  { url: '/overview', scenario: 'upgrade-required' },
  { url: '/overview', scenario: 'basic-only' },
  { url: '/purchased-resources', scenario: 'multi-region' },
  { url: `/renew/${HZ}`, scenario: 'expired-retention' },
  { url: `/renew/${HZ}`, scenario: 'released' },
  { url: `/upgrade/${HZ}?method=edition` },
  { url: `/upgrade/${HZ}?method=quota`, scenario: 'upgrade-required' },
  { url: `/upgrade/${HZ}?method=edition`, scenario: 'basic-only' },
  { url: '/orders', scenario: 'multi-region' },
  { url: '/messages', scenario: 'released' },
  { url: '/help/permissions' },
  { url: '/no/such/page' },
];

test.describe('every page in Chinese', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  for (const { url, scenario } of SWEEP) {
    test(`${url}${scenario ? ` (${scenario})` : ''} has no English left`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('sc-ui:language', 'zh'));
      await fixClock(page);
      await openPage(page, url, scenario);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expectChinese(page, url);
      // the tab title too
      expect(await page.title()).toMatch(/[\u4e00-\u9fff]/);
      // every Next step of a wizard
      for (let step = 0; step < 3; step++) {
        const next = page.getByRole('button', { name: '下一步', exact: true });
        if (!(await next.isVisible()) || !(await next.isEnabled())) break;
        await next.click();
        await settled(page);
        await expectChinese(page, `${url}, step ${step + 2}`);
      }
    });
  }
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('gets the console in Chinese without choosing', async ({ page }) => {
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1, name: '概览' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: '语言' })).toBeVisible();
  });
});
