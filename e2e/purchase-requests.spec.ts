/**
 * Issue 24, purchase requests, in English and Chinese on the production build with the
 * in-browser mock: a read-only user (the Demo panel's role) is refused Pay Now (R14) and
 * requests the Increase Quota with a note; as the administrator the message's Review and pay
 * opens the wizard at its review step with the same choices, Pay Now marks the request paid with
 * its order (Orders → Requests shows it), and the message centre has "was paid". A decline with a reason; an expired request with its
 * reason. axe on the Requests list and the decline dialog, light and dark.
 */
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, fixClock, openPage } from './a11y-support';
import { expect, test } from './fixtures';
import { api, setDemo } from './wizard-helpers';

const HZ = 'sas-hz-0001';
type Request = { id: string; status: string; orderId?: string; quotedAmount: number };
const requests = async (page: Page) =>
  (await api<{ items: Request[] }>(page, 'GET', '/purchase-requests')).items;

const WORDS = {
  en: {
    next: 'Next',
    review: 'Review and pay',
    payNow: 'Pay Now',
    disclaimer: 'I have read and agree to the Disclaimer',
    readonly: 'Read-only',
    admin: 'Administrator',
    demo: 'Demo',
    panel: 'Demo control',
    requestPurchase: 'Request purchase',
    note: 'Note for the administrators (optional)',
    send: 'Send request',
    sent: /^Request PR-\d{8}-\d{5} sent$/,
    messages: 'Messages',
    requestsTab: /^Requests \(\d+ open\)$/,
    payRequest: (id: string) => `Review and pay request ${id}`,
    paying: (id: string) => `Paying purchase request ${id}`,
    samePrice: /The price is the one quoted at the request/,
    paid: 'Paid',
    paidWith: 'Paid with order',
    wasPaid: (id: string) => `Purchase request ${id} was paid`,
    askedBy: (id: string) => `Purchase request ${id} from readonly`,
    reviewRequest: (id: string) => `Review request ${id}`,
    statusPaid: 'Status: Paid',
    forbidden: 'Assigning permissions',
  },
  zh: {
    next: '下一步',
    review: '确认并支付',
    payNow: '立即支付',
    disclaimer: '我已阅读并同意《免责声明》',
    readonly: '只读',
    admin: '管理员',
    demo: '演示',
    panel: '演示控制',
    requestPurchase: '申请购买',
    note: '给管理员的备注（可选）',
    send: '提交申请',
    sent: /^申请 PR-\d{8}-\d{5} 已提交$/,
    messages: '消息',
    requestsTab: /^购买申请（\d+ 个待处理）$/,
    payRequest: (id: string) => `审核并支付申请 ${id}`,
    paying: (id: string) => `正在支付购买申请 ${id}`,
    samePrice: /价格与申请时的报价相同/,
    paid: '已支付',
    paidWith: '已支付，订单',
    wasPaid: (id: string) => `购买申请 ${id} 已支付`,
    askedBy: (id: string) => `readonly 提交的购买申请 ${id}`,
    reviewRequest: (id: string) => `查看申请 ${id}`,
    statusPaid: '状态：已支付',
    forbidden: '分配权限',
  },
} as const;

async function switchRole(page: Page, w: (typeof WORDS)['en' | 'zh'], role: 'readonly' | 'admin') {
  await page.getByRole('banner').getByRole('button', { name: w.demo, exact: true }).click();
  const panel = page.getByRole('dialog', { name: w.panel });
  await panel.getByText(role === 'readonly' ? w.readonly : w.admin, { exact: true }).click();
  await expect
    .poll(async () => (await api<{ role: string }>(page, 'GET', '/demo')).role)
    .toBe(role);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

for (const lng of ['en', 'zh'] as const) {
  const w = WORDS[lng];
  test.describe(`purchase requests (${lng})`, () => {
    test.use({ locale: lng === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'UTC' });
    test.beforeEach(async ({ page }) => {
      await fixClock(page);
      if (lng === 'zh')
        await page.addInitScript(() => localStorage.setItem('sc-ui:language', 'zh'));
    });

    test('a read-only user requests an Increase Quota with a note; the admin reviews and pays it', async ({
      page,
    }) => {
      await openPage(page, `/upgrade/${HZ}?region=cn-hangzhou&method=quota`, 'near-threshold');
      await switchRole(page, w, 'readonly');
      await page.getByRole('button', { name: w.next, exact: true }).click();
      const quota = page.getByRole('textbox', { name: lng === 'en' ? 'Asset quota' : /资产配额/ });
      await quota.fill('15');
      await page.getByRole('button', { name: w.next, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.review })).toBeFocused();
      await page.getByRole('checkbox', { name: w.disclaimer }).check();
      await page.getByRole('button', { name: w.payNow, exact: true }).click();
      // R14: refused, with the way to Assigning permissions, and beside it Request purchase
      await expect(page.getByRole('alert').getByRole('link', { name: w.forbidden })).toBeVisible();
      await page.getByRole('button', { name: w.requestPurchase }).click();
      const note = page.getByRole('textbox', { name: w.note });
      await expect(note).toBeFocused();
      await note.fill('We add servers every week');
      await page.getByRole('button', { name: w.send }).click();
      await expect(page.getByRole('status', { name: w.sent })).toBeVisible();
      const [asked] = await requests(page);
      expect(asked).toMatchObject({ status: 'open' });
      const id = asked?.id ?? '';

      // the administrator: the message's Review and pay opens the request
      await switchRole(page, w, 'admin');
      await page.getByRole('navigation').getByRole('link', { name: w.messages }).first().click();
      await page.getByRole('link', { name: w.payRequest(id) }).click();
      // the wizard at its review step, with the same choices, priced again today
      await expect(page.getByRole('heading', { level: 2, name: w.review })).toBeVisible();
      await expect(page.getByText(w.paying(id))).toBeVisible();
      await expect(page.getByText(w.samePrice)).toBeVisible();
      await expect(
        page.getByRole('table', { name: lng === 'en' ? 'Order summary' : /订单摘要|订单/ }),
      ).toContainText('15');
      await page.getByRole('checkbox', { name: w.disclaimer }).check();
      await page.getByRole('button', { name: w.payNow, exact: true }).click();
      await expect.poll(async () => (await requests(page))[0]?.status).toBe('paid');
      const paid = (await requests(page))[0];

      await openPage(page, '/orders?tab=requests&region=cn-hangzhou');
      await expect(page.getByRole('tab', { name: w.requestsTab })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      const item = page.getByRole('listitem', { name: id });
      await expect(item.getByText(w.paid, { exact: true })).toBeVisible();
      await expect(item.getByText(w.paidWith)).toBeVisible();
      await expect(item.getByRole('link', { name: paid?.orderId ?? 'none' })).toBeVisible();

      // the requester hears back in the message centre; the request's message says it is paid
      await openPage(page, '/messages?region=cn-hangzhou');
      const wasPaid = page.getByRole('article', { name: w.wasPaid(id) });
      await expect(wasPaid).toContainText(paid?.orderId ?? 'none');
      const asking = page.getByRole('article', { name: w.askedBy(id) });
      await expect(asking.getByRole('link', { name: w.reviewRequest(id) })).toBeVisible();
      await expect(asking.getByText(w.statusPaid)).toBeVisible();
      await expect(asking.getByRole('link', { name: w.payRequest(id) })).toHaveCount(0);
    });
  });
}

test.describe('purchase requests: decline, expiry, axe', () => {
  test.use({ locale: 'en-US', timezoneId: 'UTC' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test("the demo's open request (no tags named) is paid from its message at today's price", async ({
    page,
  }) => {
    // the scenario's request names no tags (the subscription's are kept); the wizard shows and
    // sends the subscription's tags, which is the same choice: once a 422 mismatch
    await openPage(page, '/messages?region=cn-hangzhou', 'open-request');
    const [open] = await requests(page);
    expect(open?.status).toBe('open');
    await page.getByRole('link', { name: `Review and pay request ${open?.id}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Review and pay' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
    await page.getByRole('button', { name: 'Pay Now', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Payment succeeded' })).toBeVisible();
    const [paid] = await requests(page);
    expect(paid).toMatchObject({ id: open?.id, status: 'paid' });
  });

  test('the admin declines with a reason; a request made moot expires with its reason', async ({
    page,
  }) => {
    await openPage(page, '/orders?tab=requests&region=cn-hangzhou', 'open-request');
    const [open] = await requests(page);
    const id = open?.id ?? '';
    await page.getByRole('button', { name: `Decline request ${id}` }).click();
    const dialog = page.getByRole('dialog', { name: `Decline request ${id}` });
    await dialog.getByRole('button', { name: 'Decline request' }).click();
    await expect(dialog.getByText('Say why the request is declined.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Budget frozen until April');
    await dialog.getByRole('button', { name: 'Decline request' }).click();
    await expect(dialog).toBeHidden();
    const item = page.getByRole('listitem', { name: id });
    await expect(item.getByText('Declined', { exact: true })).toBeVisible();
    await expect(item).toContainText('Declined by admin: Budget frozen until April');

    // a renewal asked for, then the subscription is released: expired with the reason
    const sub = await api<{ subscription: { version: number; expiresAt: string } }>(
      page,
      'GET',
      `/subscriptions/${HZ}`,
    );
    const order = {
      type: 'renew',
      subscriptionId: HZ,
      expectedVersion: sub.subscription.version,
      disclaimerAccepted: false,
      validity: { unit: 'month', count: 1 },
    };
    const asked = await api<{ id: string }>(page, 'POST', '/purchase-requests', { order });
    const released = Date.parse(sub.subscription.expiresAt) + 5 * 86_400_000;
    await setDemo(page, { now: new Date(released).toISOString() });
    await openPage(page, '/orders?tab=requests&region=cn-hangzhou');
    const expired = page.getByRole('listitem', { name: asked.id });
    await expect(expired.getByText('Expired', { exact: true })).toBeVisible();
    await expect(expired).toContainText('Expired:');
  });

  test('a value-added pack: Review and pay opens the pack dialog with the request, paid', async ({
    page,
  }) => {
    await openPage(page, '/orders?tab=requests&region=cn-hangzhou', 'healthy');
    await setDemo(page, { role: 'readonly' });
    const order = {
      type: 'value-added-pack',
      subscriptionId: HZ,
      expectedVersion: 1,
      disclaimerAccepted: false,
      pack: 'web-tamper-protection',
      quantity: 3,
    };
    const asked = await api<{ id: string }>(page, 'POST', '/purchase-requests', { order });
    await setDemo(page, { role: 'admin' });
    await openPage(page, '/orders?tab=requests&region=cn-hangzhou');
    await page.getByRole('button', { name: `Review and pay request ${asked.id}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(`Paying purchase request ${asked.id}`)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Quantity' })).toHaveValue('3');
    await dialog.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
    await dialog.getByRole('button', { name: 'Pay Now', exact: true }).click();
    await expect.poll(async () => (await requests(page))[0]?.status).toBe('paid');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the Requests list and the decline dialog (${scheme})`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((s) => localStorage.setItem('sc-ui:color-scheme', s), scheme);
      await openPage(page, '/orders?tab=requests&region=cn-hangzhou', 'open-request');
      await expect(page.getByRole('list', { name: 'Purchase requests' })).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `requests-${scheme}`);
      const [open] = await requests(page);
      await page.getByRole('button', { name: `Decline request ${open?.id ?? ''}` }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `decline-${scheme}`);
    });

    test(`axe: the Request purchase panel (${scheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((s) => localStorage.setItem('sc-ui:color-scheme', s), scheme);
      await openPage(page, `/renew/${HZ}?region=cn-hangzhou`, 'readonly');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' }).check();
      await page.getByRole('button', { name: 'Pay Now', exact: true }).click();
      await page.getByRole('button', { name: 'Request purchase' }).click();
      await expect(
        page.getByRole('textbox', { name: 'Note for the administrators (optional)' }),
      ).toBeFocused();
      await expectNoAxeViolations(page, testInfo, `request-panel-${scheme}`);
    });
  }
});
