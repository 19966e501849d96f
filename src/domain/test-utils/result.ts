import { expect } from 'vitest';
import type { ErrorCode } from '../contract';
import type { DomainError, Result } from '../errors';

/** The value of an accepted result; fails the test with the refusal otherwise. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The refusal of a result, checked for its code, HTTP status, a message and (where given) its field. */
export function expectRefused<T>(
  result: Result<T>,
  code: ErrorCode,
  expected: { status?: DomainError['status']; field?: string | undefined } = {},
): DomainError {
  if (result.ok) return expect.fail(`expected ${code}, got ok`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  if (expected.status !== undefined) expect(result.error.status).toBe(expected.status);
  if ('field' in expected) expect(result.error.field).toBe(expected.field);
  return result.error;
}
