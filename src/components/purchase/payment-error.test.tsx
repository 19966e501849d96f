import { configure, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrderRequest } from '@/domain/contract';
import { ApiError, apiGet } from '@/lib/api-client';
import { renderWithProviders } from '@/test/render';
import { PaymentError } from './payment-error';

// these render the real routes with the shell: generous waits on a busy machine
configure({ asyncUtilTimeout: 5000 });

const error = (status: number, code: string, message = 'English message from the API') =>
  new ApiError({ status, code, message });

function show(failure: unknown, body?: OrderRequest) {
  const handlers = {
    onRetry: vi.fn(),
    onCheckAgain: vi.fn(),
    onReload: vi.fn(),
    onNewAttempt: vi.fn(),
  };
  const rendered = renderWithProviders(
    <PaymentError error={failure} region="cn-hangzhou" body={body} {...handlers} />,
  );
  return { ...rendered, ...handlers };
}

describe('PaymentError', { timeout: 30_000 }, () => {
  it('FORBIDDEN: explains the read-only role and links to Assigning permissions (R14)', async () => {
    show(error(403, 'FORBIDDEN'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission to pay');
    expect(alert).toHaveTextContent('read-only role');
    expect(screen.getByRole('link', { name: 'Assigning permissions' })).toHaveAttribute(
      'href',
      // back to where the purchase was refused
      '/help/permissions?region=cn-hangzhou&from=%2F',
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('FORBIDDEN beside an order: Request purchase with a note asks the administrators (issue 24)', async () => {
    const renew: OrderRequest = {
      type: 'renew',
      subscriptionId: 'sas-hz-0001',
      expectedVersion: 1,
      disclaimerAccepted: true,
      validity: { unit: 'month', count: 1 },
    };
    const { user } = show(error(403, 'FORBIDDEN'), renew);
    await user.click(await screen.findByRole('button', { name: 'Request purchase' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Note for the administrators (optional)' }),
      'Before the audit',
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const sent = await screen.findByRole('status', { name: /^Request PR-\S+ sent$/ });
    expect(sent).toHaveTextContent('administrators were told in their messages');
    expect(screen.getByRole('link', { name: 'View your requests' })).toHaveAttribute(
      'href',
      '/orders?region=cn-hangzhou&tab=requests',
    );
    const { items } = await apiGet<{
      items: { note: string; order: { disclaimerAccepted: boolean } }[];
    }>('/purchase-requests');
    expect(items[0]).toMatchObject({
      note: 'Before the audit',
      order: { disclaimerAccepted: false },
    });
  });

  it('VERSION_CONFLICT: says nothing was charged and reloads the latest state', async () => {
    const { user, onReload, onRetry } = show(error(409, 'VERSION_CONFLICT'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was charged.');
    await user.click(screen.getByRole('button', { name: 'Reload the latest state' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it.each([
    ['a 503', error(503, 'SERVICE_UNAVAILABLE')],
    ['no answer', error(0, 'NETWORK_ERROR')],
  ])('%s: Retry, which is safe (same payment, charged at most once)', async (_, failure) => {
    const { user, onRetry } = show(failure);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The payment did not go through');
    expect(alert).toHaveTextContent('you are charged at most once');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('a rule refusal: the reason in customer words, no Retry', async () => {
    show(
      new ApiError({
        status: 422,
        code: 'QUOTA_BELOW_ASSETS',
        message: 'English',
        field: 'quota',
        details: { min: 13, billableAssets: 13 },
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This order cannot be placed');
    expect(alert).toHaveTextContent('enter at least 13');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('IDEMPOTENCY_KEY_REUSED: starts a new attempt', async () => {
    const { user, onNewAttempt } = show(error(422, 'IDEMPOTENCY_KEY_REUSED'));
    await user.click(await screen.findByRole('button', { name: 'Start a new attempt' }));
    expect(onNewAttempt).toHaveBeenCalledOnce();
  });

  it('TIMEOUT: does not call it a failure, says the outcome is unknown, and checks again', async () => {
    const { user, onCheckAgain, onRetry } = show(error(0, 'TIMEOUT'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We do not know yet whether the payment went through');
    expect(alert).toHaveTextContent('you are charged at most once');
    expect(alert).not.toHaveTextContent(/did not go through|failed/i);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onCheckAgain).toHaveBeenCalledOnce();
    expect(onRetry).not.toHaveBeenCalled();
  });
});
