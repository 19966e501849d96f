import { configure, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@/mocks/node';
import { apiGet, apiPost, apiUrl } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { renderRoute } from '@/test/render';

// the first render of a lazy route compiles it, and dialogs type and wait for live quotes:
// give finds and tests more time than the defaults on a busy machine
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

type Orders = { items: { id: string; type: string; amount: number; region: string }[] };

const buy = (body: Record<string, unknown>, key: string) =>
  apiPost<{ order: { id: string } }>(
    '/orders',
    { subscriptionId: 'sas-hz-0001', expectedVersion: 1, disclaimerAccepted: true, ...body },
    { headers: { 'Idempotency-Key': key } },
  );

/** The id cells of the order table, top to bottom. */
const listedIds = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('Orders', () => {
  it('shows a skeleton while the orders load', async () => {
    server.use(http.get(apiUrl('/orders'), () => delay('infinite')));
    renderRoute('/orders');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows an error with Retry, then the orders', async () => {
    let down = true;
    server.use(
      http.get(apiUrl('/orders'), () =>
        down
          ? HttpResponse.json(
              { error: { code: 'SERVICE_UNAVAILABLE', message: 'Down.' } },
              { status: 503 },
            )
          : undefined,
      ),
    );
    const { user } = renderRoute('/orders');
    const alert = await screen.findByRole('alert');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Orders' })).toBeInTheDocument();
  });

  it('without any order: says so and leads to Purchased Resources', async () => {
    await apiPost('/demo/scenario', { name: 'basic-only' });
    renderRoute('/orders?region=us-east-1');
    expect(await screen.findByText(/^No orders yet\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Purchased Resources' })).toHaveAttribute(
      'href',
      '/purchased-resources?region=us-east-1',
    );
  });

  it('lists every order newest first, an upgrade from Basic as a new purchase, a refund as negative', async () => {
    const pack = await buy(
      { type: 'value-added-pack', pack: 'log-storage-100gb', quantity: 1 },
      'k-pack',
    );
    const refund = await buy({ type: 'unsubscribe', expectedVersion: 2 }, 'k-unsub');
    const { items } = await apiGet<Orders>('/orders');
    const seeded = items.at(-1)!;

    renderRoute('/orders');
    const table = await screen.findByRole('table', { name: 'Orders' });
    expect(listedIds(table)).toEqual([refund.order.id, pack.order.id, seeded.id]);
    expect(screen.getByText('3 orders')).toBeInTheDocument();

    const row = (id: string) =>
      screen.getByRole('rowheader', { name: new RegExp(id) }).closest('tr')!;
    expect(within(row(seeded.id)).getByText('New purchase')).toBeInTheDocument();
    expect(within(row(seeded.id)).getByText('$800.00')).toBeInTheDocument();
    expect(within(row(pack.order.id)).getByText('Value-added pack')).toBeInTheDocument();
    const refunded = row(refund.order.id);
    expect(within(refunded).getByText('Unsubscribe refund')).toBeInTheDocument();
    expect(within(refunded).getByText(/^-\$\d+\.\d\d$/)).toBeInTheDocument();
    expect(within(refunded).getByText('Refund')).toBeInTheDocument();
    // the edition after the order: Basic once unsubscribed
    expect(within(refunded).getByText('Basic')).toBeInTheDocument();
    expect(
      within(refunded).getByRole('link', { name: `${refund.order.id}, open the receipt` }),
    ).toHaveAttribute('href', `/orders/${refund.order.id}?region=cn-hangzhou`);
  });

  it('filters by type and region, kept in the URL', async () => {
    await apiPost('/demo/scenario', { name: 'multi-region' });
    const { user, router } = renderRoute('/orders?type=new-purchase&orderRegion=ap-southeast-1');
    const table = await screen.findByRole('table', { name: 'Orders' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(table).getByText('Singapore')).toBeInTheDocument();
    expect(screen.getByText('1 of 3 orders')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter by type' })).toHaveValue('New purchase');
    expect(screen.getByRole('combobox', { name: 'Filter by region' })).toHaveValue('Singapore');

    await user.click(screen.getByRole('combobox', { name: 'Filter by region' }));
    await user.click(await screen.findByRole('option', { name: 'All regions' }));
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(3));
    expect(router.state.location.search).toBe('?type=new-purchase');

    await user.click(screen.getByRole('combobox', { name: 'Filter by type' }));
    await user.click(await screen.findByRole('option', { name: 'Renewal' }));
    expect(await screen.findByText('No orders match these filters.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?type=renew');
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('3 orders')).toBeInTheDocument();
  });

  it('ignores filters it does not know and keeps the selected region', async () => {
    const { router, user } = renderRoute('/orders?region=eu-central-1&type=bogus');
    expect(await screen.findByText('1 order')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Filter by type' }));
    await user.click(await screen.findByRole('option', { name: 'Upgrade' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?region=eu-central-1&type=upgrade'),
    );
  });
});

describe('Receipt', () => {
  it('shows the line items, the total and that it is paid; Print prints', async () => {
    const pack = await buy(
      { type: 'value-added-pack', pack: 'anti-ransomware-100gb', quantity: 3 },
      'k-receipt',
    );
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoute(`/orders/${pack.order.id}?region=cn-hangzhou`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Receipt ${pack.order.id}` }),
    ).toBeInTheDocument();
    expect(screen.getByText('Paid')).toBeInTheDocument();
    expect(screen.getByText('Value-added pack')).toBeInTheDocument();
    expect(screen.getByText('Acme Retail Ltd. (account 1827-4410-9935)')).toBeInTheDocument();
    // 3 × 1200 cents a month for 200 days: round(3600 × 12 × 200 / 365) = 23671 cents
    const items = screen.getByRole('table', { name: 'Line items' });
    expect(items).toHaveTextContent(
      'Anti-ransomware backup, 100 GB × 3 for the remaining 200 days$236.71',
    );
    expect(screen.getByText('Total paid')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'All orders' })).toHaveAttribute(
      'href',
      '/orders?region=cn-hangzhou',
    );
    print.mockRestore();
  });

  it('words the line items in the UI language, the seeded demo orders too', async () => {
    const refund = await buy({ type: 'unsubscribe' }, 'k-zh');
    await i18n.changeLanguage('zh');
    renderRoute(`/orders/${refund.order.id}`);
    const items = await screen.findByRole('table', { name: '明细' });
    expect(items).toHaveTextContent(
      /退还订单 ORD-\d{8}-\d{5}：已付 US\$800\.00，已使用 US\$361\.64（365 天中的 165 天）/,
    );
    expect(screen.getByText('退款合计')).toBeInTheDocument();

    // the demo's seeded purchase carries the same key and params as an order placed through
    // the API, so it is worded in Chinese too, not in the API's English description
    const { items: orders } = await apiGet<Orders>('/orders');
    renderRoute(`/orders/${orders.at(-1)!.id}`);
    expect(
      await screen.findByText('新购：标准版，10 台资产 × 1 年（按 10 个月计费）'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/New purchase/)).not.toBeInTheDocument();
  });

  it('says when there is no such order', async () => {
    renderRoute('/orders/ORD-NOPE');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no order with the ID ORD-NOPE.',
    );
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
  });
});
