/**
 * Every error code the API answers with, and its HTTP status (SPEC §2: 400 malformed,
 * 403 forbidden, 404 not found, 409 state conflicts, 422 rule violations; the reference
 * backend adds 401 and 429, SPEC §4). Apart from the
 * contract's schemas (contract.ts), so the first page can name them without loading zod.
 */
export const ERROR_STATUS = {
  MALFORMED_JSON: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  // the reference backend (SPEC §4): no session, a failed sign-in
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
  // issue 24: a purchase request already paid, declined or expired
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
  // issue 24: an order that names a purchase request but not its choices
  PURCHASE_REQUEST_MISMATCH: 422,
  // the reference backend's sign-in, with Retry-After
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];
