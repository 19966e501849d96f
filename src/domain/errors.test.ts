import { describe, expect, test } from 'vitest';
import { ERROR_CODES, type ErrorCode } from './contract';
import { domainError, fail, ok, refuse } from './errors';

const STATUS: Record<ErrorCode, number> = {
  MALFORMED_JSON: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  UPGRADE_REQUIRED: 409,
  SUBSCRIPTION_RELEASED: 409,
  NOT_RENEWABLE: 409,
  NOT_UPGRADABLE: 409,
  NOT_SUBSCRIBED: 409,
  DEMO_DATA_NEWER: 409,
  NOTHING_TO_RESTORE: 409,
  PURCHASE_REQUEST_NOT_OPEN: 409,
  VALIDATION_FAILED: 422,
  RENEWAL_CANNOT_CHANGE_QUOTA: 422,
  QUOTA_BELOW_ASSETS: 422,
  QUOTA_DECREASE_NOT_ALLOWED: 422,
  QUOTA_LIMIT_EXCEEDED: 422,
  DOWNGRADE_NOT_ALLOWED: 422,
  NO_CHANGE: 422,
  DISCLAIMER_NOT_ACCEPTED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  PURCHASE_REQUEST_MISMATCH: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

describe('SPEC §2 HTTP status of every error code', () => {
  test('the table covers every code', () => {
    expect(Object.keys(STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });
  test.each(ERROR_CODES.map((c) => [c, STATUS[c]] as const))('%s → %i', (code, status) => {
    expect(domainError(code, 'm').status).toBe(status);
  });
});

describe('Result helpers', () => {
  test('ok and fail', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    const error = domainError('NOT_FOUND', 'gone', { field: 'id', details: { id: 'x' } });
    expect(fail(error)).toEqual({ ok: false, error });
  });
  test('refuse carries the field and details', () => {
    expect(refuse('NO_CHANGE', 'same', { field: 'quota' })).toEqual({
      ok: false,
      error: { status: 422, code: 'NO_CHANGE', message: 'same', field: 'quota' },
    });
  });
});
