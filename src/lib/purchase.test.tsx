import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { RenewRequest } from '@/domain/contract';
import { server } from '@/mocks/node';
import { newIdempotencyKey, usePayment } from './purchase';
import { createQueryClient } from './query-client';

const body = (disclaimerAccepted: boolean): RenewRequest => ({
  type: 'renew',
  subscriptionId: 'sas-hz-0001',
  expectedVersion: 1,
  disclaimerAccepted,
  validity: { unit: 'month', count: 1 },
});

/** Every POST /orders reaches the real mock, after its Idempotency-Key is noted (and, while `fail`, a 503 instead). */
function recordKeys(options: { fail: () => boolean }) {
  const keys: (string | null)[] = [];
  server.use(
    http.post('*/api/v1/orders', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      if (options.fail()) {
        return HttpResponse.json(
          { error: { code: 'SERVICE_UNAVAILABLE', message: 'down' } },
          { status: 503 },
        );
      }
      return undefined; // falls through to the mock's own handler
    }),
  );
  return keys;
}

function renderPayment() {
  const queryClient = createQueryClient({ retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => usePayment(), { wrapper });
}

describe('usePayment', () => {
  it('sends one key per attempt: a retry of the same order re-sends it, and buys once', async () => {
    let failing = true;
    const keys = recordKeys({ fail: () => failing });
    const { result } = renderPayment();

    act(() => result.current.pay(body(true)));
    await waitFor(() => expect(result.current.error?.code).toBe('SERVICE_UNAVAILABLE'));
    failing = false;
    act(() => result.current.pay(body(true)));
    await waitFor(() => expect(result.current.order).toBeDefined());

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(keys[1]).toBe(keys[0]);
  });

  it('ignores a second click while the payment is in flight', async () => {
    const keys = recordKeys({ fail: () => false });
    const { result } = renderPayment();
    act(() => {
      result.current.pay(body(true));
      result.current.pay(body(true));
    });
    await waitFor(() => expect(result.current.order).toBeDefined());
    expect(keys).toHaveLength(1);
  });

  it('a changed order is a new attempt with a new key (the API refuses a reused key)', async () => {
    const keys = recordKeys({ fail: () => false });
    const { result } = renderPayment();
    act(() => result.current.pay(body(false)));
    await waitFor(() => expect(result.current.error?.code).toBe('DISCLAIMER_NOT_ACCEPTED'));
    act(() => result.current.pay(body(true)));
    await waitFor(() => expect(result.current.order).toBeDefined());
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('makes a different key every time', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
  });
});
