import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Message, PurchaseRequestView } from '@/domain/contract';
import { apiGet, apiPatch, apiPost } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';
import { MessageItem } from './message-item';

/** The open-request scenario's request (Increase Quota 20 → 30, asked by the read-only user). */
async function openRequest(): Promise<PurchaseRequestView> {
  await apiPost('/demo/scenario', { name: 'open-request' });
  const { items } = await apiGet<{ items: PurchaseRequestView[] }>('/purchase-requests');
  const [request] = items;
  if (!request) throw new Error('the open-request scenario has no request');
  return request;
}

const messageAbout = (requestId: string): Message => ({
  id: 'msg-1',
  kind: 'purchase-request',
  region: 'cn-hangzhou',
  title: `Purchase request ${requestId} from readonly`,
  body: 'readonly asks for an upgrade order.',
  params: { requestId, orderType: 'upgrade', amount: 10_000, requestedBy: 'readonly' },
  createdAt: '2025-03-01T00:00:00.000Z',
  read: true,
});

const listLink = (requestId: string) =>
  screen.findByRole('link', { name: `Review request ${requestId}` });

describe('MessageItem: a purchase request', () => {
  it('open and payable by the admin: Review and pay goes straight to the wizard’s review step', async () => {
    const request = await openRequest();
    expect(request.actions.pay).toBe(true);
    renderWithProviders(<MessageItem message={messageAbout(request.id)} />);
    const link = await screen.findByRole('link', { name: `Review and pay request ${request.id}` });
    expect(link).toHaveTextContent('Review and pay');
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe(`/upgrade/${request.subscriptionId}`);
    expect(href.searchParams.get('request')).toBe(request.id);
    expect(href.searchParams.get('method')).toBe('quota');
    expect(screen.queryByRole('link', { name: `Review request ${request.id}` })).toBeNull();
  });

  it('paid: the Requests list and the status, no Review and pay', async () => {
    const request = await openRequest();
    await apiPost(
      '/orders',
      { ...request.order, disclaimerAccepted: true, purchaseRequestId: request.id },
      { headers: { 'Idempotency-Key': 'pay-the-request' } },
    );
    renderWithProviders(<MessageItem message={messageAbout(request.id)} />);
    expect(await listLink(request.id)).toHaveAttribute(
      'href',
      '/orders?region=cn-hangzhou&tab=requests',
    );
    expect(await screen.findByText('Status: Paid')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Review and pay/ })).toBeNull();
  });

  it('open, but the signed-in role may not pay: the Requests list and the status', async () => {
    const request = await openRequest();
    await apiPatch('/demo', { role: 'readonly' });
    renderWithProviders(<MessageItem message={messageAbout(request.id)} />);
    expect(await listLink(request.id)).toBeInTheDocument();
    expect(await screen.findByText('Status: Open')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Review and pay/ })).toBeNull();
  });

  it('a request the API no longer has (404): the Requests list, no error', async () => {
    renderWithProviders(<MessageItem message={messageAbout('PR-20250101-00001')} />);
    expect(await listLink('PR-20250101-00001')).toBeInTheDocument();
    expect(screen.queryByText(/Status:/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('MessageItem: the requester hears back', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  const closed = (kind: Message['kind'], params: Message['params']): Message => ({
    id: `msg-${kind}`,
    kind,
    region: 'cn-hangzhou',
    title: 'the API’s title',
    body: 'the API’s body',
    params: { requestId: 'PR-20250301-00007', orderType: 'renew', ...params },
    createdAt: '2025-03-01T00:00:00.000Z',
    read: false,
  });
  const paid = closed('purchase-request-paid', { orderId: 'ORD-20250301-00008' });
  const declined = closed('purchase-request-declined', {
    declinedBy: 'boss@example.com',
    reason: 'Budget frozen until April',
  });
  const released = closed('purchase-request-expired', {
    reasonCode: 'SUBSCRIPTION_RELEASED',
    reason: 'The subscription sas-hz-0001 was released.',
  });
  const tooOld = closed('purchase-request-expired', {
    reasonCode: 'REQUEST_TOO_OLD',
    reason: 'Open for more than 30 days: ask again if it is still needed.',
  });

  it('paid, declined, expired: worded from their values, each a link to the Requests list', async () => {
    renderWithProviders(
      <>
        <MessageItem message={paid} />
        <MessageItem message={declined} />
        <MessageItem message={released} />
        <MessageItem message={tooOld} />
      </>,
    );
    const [paidItem, declinedItem, releasedItem, tooOldItem] =
      await screen.findAllByRole('article');
    expect(paidItem).toHaveTextContent('Request paid');
    expect(paidItem).toHaveTextContent('Purchase request PR-20250301-00007 was paid');
    expect(paidItem).toHaveTextContent(
      'Order ORD-20250301-00008 paid for: renewal · China (Hangzhou).',
    );
    expect(declinedItem).toHaveTextContent('Purchase request PR-20250301-00007 was declined');
    expect(declinedItem).toHaveTextContent(
      'Declined by boss@example.com: Budget frozen until April',
    );
    expect(releasedItem).toHaveTextContent('Purchase request PR-20250301-00007 expired');
    // the code worded for a customer, as the Requests list words it
    expect(releasedItem).toHaveTextContent(
      'It can no longer be paid: This subscription was released and its data removed',
    );
    expect(tooOldItem).toHaveTextContent(
      'It can no longer be paid: it was open for more than 30 days.',
    );
    for (const item of [paidItem, declinedItem, releasedItem, tooOldItem]) {
      expect(
        within(item as HTMLElement).getByRole('link', { name: 'See request PR-20250301-00007' }),
      ).toHaveAttribute('href', '/orders?region=cn-hangzhou&tab=requests');
    }
  });

  it('in Chinese', async () => {
    await i18n.changeLanguage('zh');
    renderWithProviders(
      <>
        <MessageItem message={paid} />
        <MessageItem message={declined} />
        <MessageItem message={tooOld} />
      </>,
    );
    const [paidItem, declinedItem, tooOldItem] = await screen.findAllByRole('article');
    expect(paidItem).toHaveTextContent('购买申请 PR-20250301-00007 已支付');
    expect(declinedItem).toHaveTextContent(
      'boss@example.com 拒绝了该申请：Budget frozen until April',
    );
    expect(tooOldItem).toHaveTextContent('购买申请 PR-20250301-00007 已过期');
    expect(tooOldItem).toHaveTextContent('该申请已无法支付：');
  });
});
