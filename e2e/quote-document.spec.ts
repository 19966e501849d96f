/**
 * Issue 24, a quote to approve, in English and Chinese on the production build with the
 * in-browser mock: the Upgrade review step's Download quote opens the printable quote document
 * (reference, account, region, subscription, line items, total, 7 days of validity), which
 * prints on one A4 and one Letter page; its link reopens the wizard at the review step "as
 * quoted", and Pay Now pays the quoted amount. Reopened after the demo clock passed its
 * validity, the old and the new price stand side by side before Pay Now. axe on the document,
 * light and dark.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations, fixClock, openPage, transitionsDone } from './a11y-support';
import { openDemoPanel } from './demo-helpers';
import { expect, test } from './fixtures';
import { api, chooseTamperPacks, orders } from './wizard-helpers';

const HZ = 'sas-hz-0001';
/** healthy at the fixed clock: Standard 10 → 13 assets, 200 days left: 2400 × 12 × 200 / 365 → 15 781 cents */
const QUOTED = 15_781;

type QuoteDocument = {
  id: string;
  amount: number;
  status: string;
  change: string;
  current: { amount: number } | null;
};

type Words = {
  next: string;
  configure: string;
  review: string;
  quota: string;
  download: string;
  print: string;
  reopen: string;
  disclaimer: string;
  payNow: string;
  paid: string;
  account: string;
  region: string;
  total: string;
  validity: RegExp;
  asQuoted: RegExp;
};

const EN: Words = {
  next: 'Next',
  configure: 'Choose the upgrade',
  review: 'Review and pay',
  quota: 'Asset quota',
  download: 'Download quote',
  print: 'Print / Save as PDF',
  reopen: 'Open this quote in the console',
  disclaimer: 'I have read and agree to the Disclaimer',
  payNow: 'Pay Now',
  paid: 'Payment succeeded',
  account: 'Acme Retail Ltd. (account 1827-4410-9935)',
  region: 'China (Hangzhou)',
  total: '$157.81',
  validity: /Valid for 7 days, until Jun 23, 2025\./,
  asQuoted: /^Price as quoted on Jun 16, 2025 \(Q-20250616-\d{5}\), valid until Jun 23, 2025\.$/,
};

const ZH: Words = {
  next: '下一步',
  configure: '选择升级内容',
  review: '确认并支付',
  quota: '资产配额',
  download: '下载报价单',
  print: '打印 / 另存为 PDF',
  reopen: '在控制台中打开此报价单',
  disclaimer: '我已阅读并同意《免责声明》',
  payNow: '立即支付',
  paid: '支付成功',
  account: 'Acme Retail Ltd.（账号 1827-4410-9935）',
  region: '华东1（杭州）',
  total: 'US$157.81',
  validity: /有效期 7 天，至 2025年6月23日。/,
  asQuoted: /^按 2025年6月16日 的报价单（Q-20250616-\d{5}）计价，有效期至 2025年6月23日。$/,
};

/** Upgrade → Increase Quota to 13 → review → Download quote: the document, in its own tab. */
async function downloadQuote(page: Page, w: Words): Promise<Page> {
  await openPage(page, `/upgrade/${HZ}?region=cn-hangzhou&method=quota`, 'healthy');
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: w.configure })).toBeFocused();
  await page.getByRole('textbox', { name: w.quota }).fill('13');
  await page.getByRole('button', { name: w.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: w.review })).toBeFocused();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: w.download }).click();
  const doc = await popup;
  await expect(doc.getByRole('heading', { level: 1, name: /Q-20250616-\d{5}/ })).toBeVisible();
  return doc;
}

/** The reference on the document (its h1 names it). */
async function referenceOf(doc: Page): Promise<string> {
  const h1 = await doc.getByRole('heading', { level: 1 }).innerText();
  return /Q-\d{8}-\d{5}/.exec(h1)?.[0] ?? '';
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

async function expectDocument(doc: Page, w: Words, id: string) {
  const sheet = doc.locator('[data-quote-document]');
  await expect(sheet).toContainText(id);
  await expect(sheet).toContainText(w.account);
  await expect(sheet).toContainText(w.region);
  await expect(sheet).toContainText(HZ);
  await expect(sheet.getByRole('table')).toContainText(w.total);
  await expect(doc.getByTestId('quote-total')).toHaveText(w.total);
  await expect(doc.getByTestId('quote-validity')).toHaveText(w.validity);
  await expect(doc.getByRole('button', { name: w.print })).toBeEnabled();
  const quote = await api<QuoteDocument>(doc, 'GET', `/quote-documents/${id}`);
  expect(quote).toMatchObject({ amount: QUOTED, status: 'valid', change: 'none' });
}

async function expectOnePrintedPage(doc: Page) {
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await doc.pdf({ format, printBackground: true });
    expect(pdfPages(pdf), `${format} pages`).toBe(1);
  }
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await transitionsDone(page);
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** Reopen → review "as quoted" → Disclaimer → Pay Now: the order costs the quote. */
async function reopenAndPay(doc: Page, w: Words) {
  await doc.getByRole('link', { name: w.reopen }).click();
  await expect(doc.getByRole('heading', { level: 2, name: w.review })).toBeVisible();
  await expect(doc.getByTestId('quote-as-quoted')).toHaveText(w.asQuoted);
  await doc.getByRole('checkbox', { name: w.disclaimer }).check();
  await doc.getByRole('button', { name: w.payNow, exact: true }).click();
  await expect(doc.getByRole('heading', { name: w.paid })).toBeVisible();
  const [order] = await orders(doc);
  expect(order?.amount).toBe(QUOTED);
}

test.describe('a quote to approve, in English', () => {
  test.use({ locale: 'en-US', timezoneId: 'UTC' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('Download quote → the document, one A4 and one Letter page → reopened as quoted → paid at its price', async ({
    page,
  }, testInfo) => {
    const doc = await downloadQuote(page, EN);
    const id = await referenceOf(doc);
    await expectDocument(doc, EN, id);
    await expectOnePrintedPage(doc);
    await doc.setViewportSize({ width: 1280, height: 900 });
    await shoot(doc, testInfo, 'quote-document-1280');
    await doc.setViewportSize({ width: 390, height: 844 });
    await shoot(doc, testInfo, 'quote-document-390');
    // the printed page, as the PDF lays it out (A4 at 96 dpi)
    await doc.emulateMedia({ media: 'print' });
    await doc.setViewportSize({ width: 794, height: 1123 });
    await shoot(doc, testInfo, 'quote-document-print');
    await doc.emulateMedia({ media: 'screen' });
    await doc.setViewportSize({ width: 1280, height: 900 });
    await reopenAndPay(doc, EN);
  });

  test('reopened after its validity: the quoted and today’s price side by side, then today’s is paid', async ({
    page,
  }, testInfo) => {
    const doc = await downloadQuote(page, EN);
    const id = await referenceOf(doc);
    const reopen = await doc.getByRole('link', { name: EN.reopen }).getAttribute('href');
    await doc.close();
    // the demo clock, 8 days on: past the quote's 7 days
    await openPage(page, '/overview?region=cn-hangzhou');
    const panel = await openDemoPanel(page);
    const clock = panel.getByRole('region', { name: 'Clock' });
    await clock.getByRole('button', { name: '+1 week' }).click();
    await expect(clock.getByText('7 days ahead')).toBeVisible();
    await clock.getByRole('button', { name: '+1 day' }).click();
    await expect(clock.getByText('8 days ahead')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.goto(reopen ?? '');
    await expect(page.getByRole('heading', { level: 2, name: EN.review })).toBeVisible();
    const compare = page.getByTestId('quote-compare');
    await expect(compare).toContainText(`The price changed since quote ${id}`);
    await expect(compare).toContainText('Quoted on Jun 16, 2025');
    await expect(compare).toContainText('$157.81');
    await expect(compare).toContainText('The quote expired on Jun 23, 2025: the price is today’s.');
    const quote = await api<QuoteDocument>(page, 'GET', `/quote-documents/${id}`);
    expect(quote).toMatchObject({ status: 'expired', change: 'expired' });
    const today = quote.current?.amount ?? 0;
    expect(today).toBeLessThan(QUOTED);
    await expect(compare).toContainText(`$${(today / 100).toFixed(2)}`);
    await shoot(page, testInfo, 'review-side-by-side');
    await page.getByRole('checkbox', { name: EN.disclaimer }).check();
    await page.getByRole('button', { name: EN.payNow, exact: true }).click();
    await expect(page.getByRole('heading', { name: EN.paid })).toBeVisible();
    expect((await orders(page))[0]?.amount).toBe(today);
  });
});

test.describe('a quote to approve, in Chinese', () => {
  test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('下载报价单 → 报价单 → 按报价打开 → 按报价支付', async ({ page }) => {
    const doc = await downloadQuote(page, ZH);
    const id = await referenceOf(doc);
    await expectDocument(doc, ZH, id);
    await expectOnePrintedPage(doc);
    await reopenAndPay(doc, ZH);
  });

  test('过期后打开：报价与当前价格并列', async ({ page }) => {
    const doc = await downloadQuote(page, ZH);
    const id = await referenceOf(doc);
    const reopen = await doc.getByRole('link', { name: ZH.reopen }).getAttribute('href');
    await api(doc, 'PATCH', '/demo', { now: '2025-06-24T04:00:00.000Z' });
    await doc.goto(reopen ?? '');
    const compare = doc.getByTestId('quote-compare');
    await expect(compare).toContainText(`报价单 ${id} 之后价格已变化`);
    await expect(compare).toContainText('报价单已于 2025年6月23日 过期：按当前价格计费。');
    await expect(compare).toContainText('US$157.81');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the quote document in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme, locale: 'en-US', timezoneId: 'UTC' });
    test.beforeEach(async ({ page }) => fixClock(page));

    test(`axe: the quote document and the review step as quoted, ${colorScheme}`, async ({
      page,
    }, testInfo) => {
      const doc = await downloadQuote(page, EN);
      await expect(doc.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      await expectNoAxeViolations(doc, testInfo, `quote document, ${colorScheme}`);
      await doc.getByRole('link', { name: EN.reopen }).click();
      await expect(doc.getByTestId('quote-as-quoted')).toBeVisible();
      await expectNoAxeViolations(doc, testInfo, `review as quoted, ${colorScheme}`);
    });
  });
}

test.describe('a value-added pack’s quote', () => {
  test.use({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1440, height: 900 } });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('Download quote in the pack dialog → reopened, the dialog opens as quoted → paid at its price', async ({
    page,
  }) => {
    await openPage(page, '/purchased-resources', 'healthy');
    const dialog = await chooseTamperPacks(page);
    const popup = page.waitForEvent('popup');
    await dialog.getByRole('button', { name: EN.download }).click();
    const doc = await popup;
    await expect(doc.getByTestId('quote-total')).toHaveText('$493.15');
    await doc.getByRole('link', { name: EN.reopen }).click();
    const reopened = doc.getByRole('dialog', { name: 'Buy Value-add Pack: China (Hangzhou)' });
    await expect(reopened.getByTestId('quote-as-quoted')).toBeVisible();
    await expect(reopened.getByRole('textbox', { name: 'Quantity' })).toHaveValue('3');
    await reopened.getByRole('checkbox', { name: EN.disclaimer }).check();
    await reopened.getByRole('button', { name: EN.payNow, exact: true }).click();
    await expect(reopened.getByRole('heading', { name: EN.paid })).toBeVisible();
    const [order] = await orders(doc);
    expect(order).toMatchObject({ type: 'value-added-pack', amount: 49_315 });
  });
});
