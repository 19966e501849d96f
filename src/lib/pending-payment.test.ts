import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenewRequest } from '@/domain/contract';
import {
  clearPendingPayment,
  PENDING_PAYMENT_STORAGE_KEY,
  readPendingPayment,
  savePendingPayment,
  usePendingPayment,
} from './pending-payment';

const body: RenewRequest = {
  type: 'renew',
  subscriptionId: 'sas-hz-0001',
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
};

describe('the unconfirmed payment in sessionStorage', () => {
  it('keeps the key, the body exactly as sent, and where it was made, across a reload', () => {
    window.history.replaceState(null, '', '/renew/sas-hz-0001?region=cn-hangzhou');
    savePendingPayment({ key: 'k-1', body, subscriptionId: 'sas-hz-0001' });
    // what a reload reads: the stored text, not this module's memory
    const stored: unknown = JSON.parse(
      window.sessionStorage.getItem(PENDING_PAYMENT_STORAGE_KEY) ?? 'null',
    );
    expect(stored).toMatchObject({
      key: 'k-1',
      body,
      subscriptionId: 'sas-hz-0001',
      route: '/renew/sas-hz-0001?region=cn-hangzhou',
    });
    expect(readPendingPayment()).toEqual(stored);
  });

  it("is removed only by its own key's definitive answer", () => {
    savePendingPayment({ key: 'k-2', body, subscriptionId: 'sas-hz-0001' });
    clearPendingPayment('another-key');
    expect(readPendingPayment()?.key).toBe('k-2');
    clearPendingPayment('k-2');
    expect(readPendingPayment()).toBeUndefined();
    expect(window.sessionStorage.getItem(PENDING_PAYMENT_STORAGE_KEY)).toBeNull();
  });

  it('drops an entry it cannot read instead of failing the console', () => {
    for (const bad of ['{not json', '"k"', '{"key":"k","body":null}', '{"key":"","body":{}}']) {
      window.sessionStorage.setItem(PENDING_PAYMENT_STORAGE_KEY, bad);
      expect(readPendingPayment()).toBeUndefined();
      expect(window.sessionStorage.getItem(PENDING_PAYMENT_STORAGE_KEY)).toBeNull();
    }
  });

  it('re-renders what shows it when it is saved and cleared', () => {
    const { result } = renderHook(() => usePendingPayment());
    expect(result.current).toBeUndefined();
    act(() => savePendingPayment({ key: 'k-3', body, subscriptionId: 'sas-hz-0001' }));
    expect(result.current?.key).toBe('k-3');
    act(() => clearPendingPayment('k-3'));
    expect(result.current).toBeUndefined();
  });
});
