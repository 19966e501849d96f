/**
 * Helpers for the purchase journeys (Renew, Upgrade, payment safety, keyboard). The mock answers
 * the page's own `fetch` (src/mocks/browser.ts), so API calls go through `fetch` inside the page.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, untilMockListens } from './fixtures';

/** A request to the (mocked) API from inside the page; returns the JSON body. */
export async function api<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  await untilMockListens(page);
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    },
    { method, path, body, headers },
  );
}

type OrderList = { items: { id: string; type: string; amount: number; subscriptionId: string }[] };
type View = {
  status: string;
  daysLeft: number | null;
  upgradeRequired: boolean;
  effectiveEdition: string;
  retainedData: Record<string, number>;
  subscription: {
    quota: number | null;
    edition: string;
    expiresAt: string | null;
    version: number;
  };
};

export const orders = async (page: Page) => (await api<OrderList>(page, 'GET', '/orders')).items;
export const subscription = (page: Page, id = 'sas-hz-0001') =>
  api<View>(page, 'GET', `/subscriptions/${id}`);
export const setDemo = (page: Page, patch: Record<string, unknown>) =>
  api(page, 'PATCH', '/demo', patch);

type OrderRequestSeen = { key: string | undefined };

/**
 * The POST /orders requests the page sends from now on, with their Idempotency-Key: the mock
 * answers them in the page (they never reach the network, where Playwright's request events
 * are), so they are seen where the console sends them, at `window.fetch`.
 * Returns a function that reads them.
 */
export async function recordOrderRequests(page: Page): Promise<() => Promise<OrderRequestSeen[]>> {
  await untilMockListens(page);
  await page.evaluate(() => {
    const seen: OrderRequestSeen[] = [];
    (window as unknown as { orderRequestsSeen: OrderRequestSeen[] }).orderRequestsSeen = seen;
    const send = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/orders')
        seen.push({ key: request.headers.get('Idempotency-Key') ?? undefined });
      return send(input, init);
    };
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { orderRequestsSeen: OrderRequestSeen[] }).orderRequestsSeen,
    );
}

/** The heading of the wizard step on screen (an h2). */
export const stepHeading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 2, name });

/** Next, then waits for the next step's heading, which takes focus. */
export async function next(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(stepHeading(page, heading)).toBeFocused();
}

export const disclaimer = (page: Page) =>
  page.getByRole('checkbox', { name: 'I have read and agree to the Disclaimer' });
export const payNow = (page: Page) => page.getByRole('button', { name: 'Pay Now', exact: true });

/**
 * Presses Tab until `target` has focus (a keyboard user can reach it), at most `max` times;
 * Shift+Tab when it comes before the focus on the page, as a person would go back to it. Each
 * press then costs one look at `document.activeElement`, not a new search for `target`: a
 * journey of 60 presses stays quick on a busy machine.
 */
export async function tabTo(page: Page, target: Locator, max = 60) {
  const mark = 'data-e2e-tab-target';
  // marks the element (again, if a re-render replaced it); is it before the focus?
  const markTarget = () =>
    target.evaluate((element, mark) => {
      element.setAttribute(mark, '');
      const focused = document.activeElement;
      if (!focused || focused === document.body || focused === element) return false;
      return Boolean(focused.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
    }, mark);
  const focusState = () =>
    page.evaluate((mark) => {
      if (document.activeElement?.hasAttribute(mark)) return 'reached';
      return document.querySelector(`[${mark}]`) ? 'elsewhere' : 'target replaced';
    }, mark);
  let backwards = await markTarget();
  try {
    for (let i = 0; i <= max; i++) {
      const state = await focusState();
      if (state === 'reached') return;
      if (state === 'target replaced') backwards = await markTarget();
      if (i < max) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${target.toString()} was not reached with Tab in ${max} presses`);
  } finally {
    await page.evaluate((mark) => {
      document.querySelectorAll(`[${mark}]`).forEach((element) => element.removeAttribute(mark));
    }, mark);
  }
}

/** Purchased Resources: the rows of China (Hangzhou), its details then its actions. */
export const hangzhouRow = (page: Page) =>
  page
    .getByRole('rowgroup')
    .filter({ has: page.getByRole('rowheader', { name: /^China \(Hangzhou\)/ }) });

/**
 * From a region's row of Purchased Resources: the Buy Value-add Pack dialog with three Web
 * tamper protection packs chosen ($493.15 on the healthy scenario), the Disclaimer not ticked.
 */
export async function chooseTamperPacks(page: Page, row: Locator = hangzhouRow(page)) {
  await row.getByRole('button', { name: 'Buy Value-add Pack' }).click();
  const pack = page.getByRole('dialog', { name: /^Buy Value-add Pack: / });
  await pack.getByRole('combobox', { name: 'Pack' }).click();
  await page.getByRole('option', { name: /^Web tamper protection, per server/ }).click();
  await pack.getByRole('textbox', { name: 'Quantity' }).fill('3');
  // 3 × 2500 cents a month for the 200 days left: round(7500 × 12 × 200 / 365) = 49315 cents
  await expect(pack.getByText('Total to pay: $493.15')).toBeVisible();
  return pack;
}

/** The same three packs bought. Returns the dialog, on its "Payment succeeded" step. */
export async function buyTamperPacks(page: Page, row: Locator) {
  const pack = await chooseTamperPacks(page, row);
  await disclaimer(page).check();
  await payNow(page).click();
  await expect(pack.getByRole('heading', { name: 'Payment succeeded' })).toBeVisible();
  return pack;
}
