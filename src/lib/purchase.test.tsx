import { QueryClientProvider, type MutationState } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { OrderResult, RenewRequest } from '@/domain/contract';
import { server } from '@/mocks/node';
import { ApiError, DEMO_TIMEOUT_STORAGE_KEY } from './api-client';
import { readPendingPayment, savePendingPayment, type PendingPayment } from './pending-payment';
import {
  newIdempotencyKey,
  useLastCheckShownElsewhere,
  usePayment,
  usePaymentCheck,
  useShowsLastCheck,
} from './purchase';
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

function wrapper() {
  const queryClient = createQueryClient({ retry: false });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
}

function renderPayment() {
  return renderHook(() => usePayment(), { wrapper: wrapper() });
}

/** Every order in the mock's state (GET /orders). */
async function orderCount(): Promise<number> {
  const response = await fetch(`${window.location.origin}/api/v1/orders`);
  return ((await response.json()) as { items: unknown[] }).items.length;
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

describe('a payment kept until its answer is definitive', () => {
  it('is written before the request leaves, and removed once the order is there', async () => {
    const seen: { stored: unknown; key: string | null }[] = [];
    server.use(
      http.post('*/api/v1/orders', ({ request }) => {
        seen.push({ stored: readPendingPayment(), key: request.headers.get('Idempotency-Key') });
        return undefined;
      }),
    );
    const { result } = renderPayment();
    act(() => result.current.pay(body(true)));
    await waitFor(() => expect(result.current.order).toBeDefined());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.stored).toMatchObject({ key: seen[0]?.key, body: body(true) });
    expect(readPendingPayment()).toBeUndefined();
  });

  it('stays after a 5xx and is removed by a refusal (4xx)', async () => {
    let failing = true;
    recordKeys({ fail: () => failing });
    const { result } = renderPayment();
    act(() => result.current.pay(body(false)));
    await waitFor(() => expect(result.current.error?.code).toBe('SERVICE_UNAVAILABLE'));
    expect(readPendingPayment()).toMatchObject({
      key: result.current.attemptKey,
      body: body(false),
    });
    failing = false;
    act(() => result.current.pay(body(false)));
    await waitFor(() => expect(result.current.error?.code).toBe('DISCLAIMER_NOT_ACCEPTED'));
    expect(readPendingPayment()).toBeUndefined();
  });

  it('a timeout leaves the outcome unknown; Check again replays the same key and body, and buys once', async () => {
    document.documentElement.dataset.mock = 'listening';
    window.sessionStorage.setItem(DEMO_TIMEOUT_STORAGE_KEY, '100');
    let hang = true;
    const sent: { key: string | null; body: unknown }[] = [];
    server.use(
      http.post('*/api/v1/orders', async ({ request }) => {
        sent.push({
          key: request.headers.get('Idempotency-Key'),
          body: await request.clone().json(),
        });
        if (hang) return new Promise<never>(() => undefined);
        return undefined;
      }),
    );
    try {
      const before = await orderCount();
      const { result } = renderPayment();
      act(() => result.current.pay(body(true)));
      await waitFor(() => expect(result.current.outcomeUnknown).toBe(true));
      expect(result.current.error).toMatchObject({ code: 'TIMEOUT', status: 0 });
      expect(readPendingPayment()?.key).toBe(result.current.attemptKey);

      hang = false;
      act(() => result.current.checkAgain());
      await waitFor(() => expect(result.current.order).toBeDefined());
      expect(sent).toHaveLength(2);
      expect(sent[1]).toEqual(sent[0]);
      expect(await orderCount()).toBe(before + 1);
      expect(readPendingPayment()).toBeUndefined();
    } finally {
      delete document.documentElement.dataset.mock;
    }
  });
});

describe('usePaymentCheck (start-up, or a purchase opening)', () => {
  const renderCheck = () => renderHook(() => usePaymentCheck(), { wrapper: wrapper() });

  it('replays an order whose answer was lost: the same order again, no second one, and clears it', async () => {
    const keys = recordKeys({ fail: () => false });
    const payment = renderPayment();
    act(() => payment.result.current.pay(body(true)));
    await waitFor(() => expect(payment.result.current.order).toBeDefined());
    const placed = payment.result.current.order?.order;
    const count = await orderCount();
    // as after a reload whose answer never arrived: the entry is still there
    savePendingPayment({ key: keys[0] ?? '', body: body(true), subscriptionId: 'sas-hz-0001' });

    const { result } = renderCheck();
    expect(result.current.pending?.key).toBe(keys[0]);
    act(() => result.current.start());
    act(() => result.current.start()); // a second start while one runs does nothing
    await waitFor(() => expect(result.current.latest?.status).toBe('success'));
    expect(result.current.latest?.data?.order).toEqual(placed);
    expect(keys).toEqual([keys[0], keys[0]]);
    expect(await orderCount()).toBe(count);
    expect(result.current.pending).toBeUndefined();
  });

  it('places a payment that never reached the API, once', async () => {
    const before = await orderCount();
    savePendingPayment({ key: 'never-sent', body: body(true), subscriptionId: 'sas-hz-0001' });
    const { result } = renderCheck();
    act(() => result.current.start());
    await waitFor(() => expect(result.current.latest?.status).toBe('success'));
    expect(await orderCount()).toBe(before + 1);
    expect(readPendingPayment()).toBeUndefined();
  });

  it('a replay refused because the body changed is cleared, not left to block every purchase', async () => {
    savePendingPayment({ key: 'k-same', body: body(true), subscriptionId: 'sas-hz-0001' });
    const { result } = renderCheck();
    act(() => result.current.start());
    await waitFor(() => expect(result.current.latest?.status).toBe('success'));
    const count = await orderCount();
    // the same key stored with another body: the mock refuses it (IDEMPOTENCY_KEY_REUSED)
    savePendingPayment({
      key: 'k-same',
      body: { ...body(true), validity: { unit: 'month' as const, count: 2 } },
      subscriptionId: 'sas-hz-0001',
    });
    act(() => result.current.start());
    await waitFor(() => expect(result.current.latest?.status).toBe('error'));
    expect(result.current.latest?.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(readPendingPayment()).toBeUndefined();
    expect(await orderCount()).toBe(count);
  });

  it('a replay with no answer (5xx) keeps the payment for the next check', async () => {
    recordKeys({ fail: () => true });
    savePendingPayment({ key: 'still-unknown', body: body(true), subscriptionId: 'sas-hz-0001' });
    const { result } = renderCheck();
    act(() => result.current.start());
    await waitFor(() => expect(result.current.latest?.status).toBe('error'));
    expect(readPendingPayment()?.key).toBe('still-unknown');
  });
});

describe('a check shown by a wizard or dialog is not repeated by the shell', () => {
  type Check = MutationState<OrderResult, ApiError, PendingPayment>;
  const check = (submittedAt: number, patch: Partial<Check>): Check =>
    ({ submittedAt, status: 'pending', ...patch }) as Check;

  function renderBoth(initial: Check) {
    return renderHook(
      ({ shown, mounted }: { shown: Check; mounted: boolean }) => {
        useShowsLastCheck(mounted ? shown : undefined);
        return useLastCheckShownElsewhere(shown.submittedAt);
      },
      { initialProps: { shown: initial, mounted: true } },
    );
  }

  it('stands back while it is shown, and for good once its order or refusal was told', () => {
    const { result, rerender } = renderBoth(check(1001, {}));
    expect(result.current).toBe(true);
    rerender({ shown: check(1001, { status: 'success' }), mounted: true });
    rerender({ shown: check(1001, { status: 'success' }), mounted: false });
    expect(result.current).toBe(true);
  });

  it('shows again a check closed while pending, or whose outcome is still unknown', () => {
    const pending = renderBoth(check(2001, {}));
    pending.rerender({ shown: check(2001, {}), mounted: false });
    expect(pending.result.current).toBe(false);

    const timeout = new ApiError({ status: 0, code: 'TIMEOUT', message: 'no answer' });
    const unknown = renderBoth(check(2002, { status: 'error', error: timeout }));
    expect(unknown.result.current).toBe(true);
    unknown.rerender({ shown: check(2002, { status: 'error', error: timeout }), mounted: false });
    expect(unknown.result.current).toBe(false);
  });
});
