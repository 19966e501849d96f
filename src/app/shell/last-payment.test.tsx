import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { RenewRequest } from '@/domain/contract';
import { server } from '@/mocks/node';
import { apiGet } from '@/lib/api-client';
import { readPendingPayment, savePendingPayment } from '@/lib/pending-payment';
import { renderRoute } from '@/test/render';
import { step } from '@/test/wizard';

const body: RenewRequest = {
  type: 'renew',
  subscriptionId: 'sas-hz-0001',
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
};

const renewals = async () =>
  (await apiGet<{ items: { id: string; type: string }[] }>('/orders')).items.filter(
    (o) => o.type === 'renew',
  );

/** POST /orders held until `release()`, then answered by the mock. */
function holdOrders() {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const keys: (string | null)[] = [];
  server.use(
    http.post('*/api/v1/orders', async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      await released;
      await delay(0);
      return undefined;
    }),
  );
  return { release: () => release(), keys };
}

describe('an unconfirmed payment on start-up', { timeout: 30_000 }, () => {
  it('is checked before anything else can be bought: Pay Now waits, then the one order is shown', async () => {
    savePendingPayment({ key: 'lost-answer', body, subscriptionId: 'sas-hz-0001' });
    const orders = holdOrders();
    const { user } = renderRoute('/renew/sas-hz-0001');

    expect(await screen.findByText('We are checking your last payment')).toBeInTheDocument();
    expect(screen.getByText(/Renewal of sas-hz-0001/)).toBeInTheDocument();

    // the wizard gets to Pay Now, which is not offered until the check is over: the check is
    // shown there, beside it, and the shell's notice stands back (told once)
    await step('Confirm the order details');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Choose the validity');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await step('Review and pay');
    expect(screen.getByRole('button', { name: 'Pay Now' })).toBeDisabled();
    expect(screen.getAllByText('We are checking your last payment')).toHaveLength(1);

    orders.release();
    const done = await screen.findByText('Your last payment went through');
    expect(screen.getAllByText('Your last payment went through')).toHaveLength(1);
    const notice = done.closest('[role="status"]') as HTMLElement;
    const [order] = await renewals();
    expect(within(notice).getByText(new RegExp(`Order ${order?.id ?? '?'}`))).toBeInTheDocument();
    expect(within(notice).getByRole('link', { name: 'View the order' })).toHaveAttribute(
      'href',
      `/orders/${order?.id ?? ''}?region=cn-hangzhou`,
    );
    // one replay (the shell and the wizard both asked), one order, the key forgotten
    expect(orders.keys).toEqual(['lost-answer']);
    expect(await renewals()).toHaveLength(1);
    expect(readPendingPayment()).toBeUndefined();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay Now' })).toBeEnabled());
  });

  it('shows the check above the page until it is dismissed, when no purchase shows it', async () => {
    savePendingPayment({ key: 'lost-answer', body, subscriptionId: 'sas-hz-0001' });
    const { user } = renderRoute('/overview');
    const done = await screen.findByText('Your last payment went through');
    const notice = done.closest('[role="status"]') as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Your last payment went through')).not.toBeInTheDocument();
    expect(await renewals()).toHaveLength(1);
  });

  it('a replay the API refuses is explained and cleared, so the customer is not stuck', async () => {
    // a stale version: the subscription changed since (VERSION_CONFLICT), nothing is bought
    savePendingPayment({
      key: 'stale',
      body: { ...body, expectedVersion: 99 },
      subscriptionId: 'sas-hz-0001',
    });
    renderRoute('/overview');
    expect(await screen.findByText('Your last payment was not placed')).toBeInTheDocument();
    expect(screen.getByText('Nothing was charged for it.')).toBeInTheDocument();
    expect(readPendingPayment()).toBeUndefined();
    expect(await renewals()).toHaveLength(0);
  });
});
