import { describe, expect, test } from 'vitest';
import { OrderRequestSchema, PatchSubscriptionRequestSchema } from './contract';
import { validationError } from './validation';
import type { z } from './zod';

function errorFor(schema: z.ZodMiniType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return expect.fail('expected a schema failure');
  return validationError(parsed.error, input);
}

const renew = {
  type: 'renew',
  subscriptionId: 's',
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
};

describe('schema failures become 422 VALIDATION_FAILED naming the field', () => {
  test('an unknown field is named', () => {
    const e = errorFor(OrderRequestSchema, { ...renew, coupon: 'x' });
    expect(e).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', field: 'coupon' });
    expect(e.message).toContain('not a field');
  });
  test('an unknown nested field is named with its path', () => {
    expect(
      errorFor(OrderRequestSchema, { ...renew, validity: { unit: 'month', count: 1, days: 3 } })
        .field,
    ).toBe('validity.days');
  });
  test('a fraction must be a whole number', () => {
    const e = errorFor(OrderRequestSchema, { ...renew, quota: 10.5 });
    expect(e.field).toBe('quota');
    expect(e.message).toContain('whole number');
  });
  test('a wrong type names the expected type', () => {
    const e = errorFor(OrderRequestSchema, { ...renew, disclaimerAccepted: 'yes' });
    expect(e.field).toBe('disclaimerAccepted');
    expect(e.message).toContain('boolean');
  });
  test('a missing field is required', () => {
    const e = errorFor(PatchSubscriptionRequestSchema, { autoRenew: true });
    expect(e.field).toBe('expectedVersion');
    expect(e.message).toContain('required');
  });
  test('a wrong enum value lists the allowed ones', () => {
    const e = errorFor(OrderRequestSchema, { ...renew, validity: { unit: 'week', count: 1 } });
    expect(e.field).toBe('validity.unit');
    expect(e.message).toContain('month');
  });
  test('a wrong tag names the tag', () => {
    expect(
      errorFor(PatchSubscriptionRequestSchema, {
        expectedVersion: 1,
        tags: [{ key: 'a', value: 1 }],
      }).field,
    ).toBe('tags.0.value');
  });
  test('a body that is not an object has no field', () => {
    const e = errorFor(OrderRequestSchema, 42);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.field).toBeUndefined();
    expect(e.details?.issues).toBeInstanceOf(Array);
  });
});
