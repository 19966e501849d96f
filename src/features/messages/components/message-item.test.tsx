import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Message, PurchaseRequestView } from '@/domain/contract';
import { apiGet, apiPatch, apiPost } from '@/lib/api-client';
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
