import { describe, expect, test } from 'vitest';
import {
  DemoPatchSchema,
  OrderRequestSchema,
  PatchSubscriptionRequestSchema,
  SubscriptionSchema,
  type OrderRequest,
} from './contract';
import { paidSub } from './test-utils/fixtures';

const renew = {
  type: 'renew',
  subscriptionId: 's',
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
};

describe('SPEC §2 request schemas: every body is validated, unknown fields refused', () => {
  test.each<[string, OrderRequest]>([
    ['renew', renew as OrderRequest],
    ['renew naming the quota', { ...renew, quota: 10 } as OrderRequest],
    [
      'upgrade',
      {
        type: 'upgrade',
        subscriptionId: 's',
        expectedVersion: 1,
        disclaimerAccepted: true,
        method: 'edition',
        edition: 'professional',
        quota: 12,
        tags: [{ key: 'a', value: 'b' }],
      },
    ],
    [
      'pack',
      {
        type: 'value-added-pack',
        subscriptionId: 's',
        expectedVersion: 1,
        disclaimerAccepted: true,
        pack: 'log-storage-100gb',
        quantity: 2,
      },
    ],
    [
      'unsubscribe without a disclaimer',
      { type: 'unsubscribe', subscriptionId: 's', expectedVersion: 1 },
    ],
  ])('a valid %s request parses', (_, body) => {
    expect(OrderRequestSchema.parse(body)).toEqual(body);
  });

  test.each([
    ['an unknown field', { ...renew, coupon: 'FREE' }],
    ['an unknown nested field', { ...renew, validity: { unit: 'month', count: 1, extra: 1 } }],
    ['a fractional count', { ...renew, validity: { unit: 'month', count: 1.5 } }],
    ['a fractional quota', { ...renew, quota: 10.5 }],
    ['a string quota', { ...renew, quota: '10' }],
    ['a string version', { ...renew, expectedVersion: '1' }],
    ['a missing disclaimer on renew', { ...renew, disclaimerAccepted: undefined }],
    ['an unknown type', { ...renew, type: 'refund' }],
    ['an unknown unit', { ...renew, validity: { unit: 'week', count: 1 } }],
    ['an empty subscription id', { ...renew, subscriptionId: '' }],
    ['an unsafe integer', { ...renew, quota: 2 ** 60 }],
    ['an array', [renew]],
    ['null', null],
  ])('%s is refused', (_, body) => {
    expect(OrderRequestSchema.safeParse(body).success).toBe(false);
  });

  test('PATCH /subscriptions and PATCH /demo refuse unknown fields and wrong types', () => {
    expect(
      PatchSubscriptionRequestSchema.safeParse({ expectedVersion: 1, autoRenew: true }).success,
    ).toBe(true);
    expect(PatchSubscriptionRequestSchema.safeParse({ autoRenew: true }).success).toBe(false);
    expect(PatchSubscriptionRequestSchema.safeParse({ expectedVersion: 1, quota: 3 }).success).toBe(
      false,
    );
    expect(
      PatchSubscriptionRequestSchema.safeParse({ expectedVersion: 1, tags: [{ key: 'a' }] })
        .success,
    ).toBe(false);
    expect(DemoPatchSchema.safeParse({}).success).toBe(true);
    expect(DemoPatchSchema.safeParse({ now: 'yesterday' }).success).toBe(false);
    expect(
      DemoPatchSchema.safeParse({ now: null, role: 'admin', latencyMs: 0, failureRate: 0.5 })
        .success,
    ).toBe(true);
    expect(DemoPatchSchema.safeParse({ role: 'owner' }).success).toBe(false);
  });

  test('a subscription parses with SubscriptionSchema', () => {
    expect(SubscriptionSchema.parse(paidSub())).toEqual(paidSub());
  });
});
