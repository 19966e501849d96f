import { describe, expect, it } from 'vitest';
import { requestableOrder } from './purchase-requests';

describe('requestableOrder', () => {
  const renew = {
    type: 'renew' as const,
    subscriptionId: 'sas-hz-0001',
    expectedVersion: 3,
    disclaimerAccepted: true,
    validity: { unit: 'year' as const, count: 1 },
  };

  it('asks for the choices only: not the Disclaimer, the request paid or the quote priced on', () => {
    expect(requestableOrder({ ...renew, purchaseRequestId: 'PR-1', quoteId: 'Q-1' })).toEqual({
      ...renew,
      disclaimerAccepted: false,
    });
  });

  it('never asks for an unsubscribe', () => {
    expect(
      requestableOrder({ type: 'unsubscribe', subscriptionId: 'sas-hz-0001', expectedVersion: 3 }),
    ).toBeNull();
  });
});
