/**
 * Every error code the API answers with (SPEC §2). Apart from the contract's schemas
 * (contract.ts), so the first page can name them without loading zod.
 */
export const ERROR_CODES = [
  'MALFORMED_JSON',
  'IDEMPOTENCY_KEY_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'UPGRADE_REQUIRED',
  'SUBSCRIPTION_RELEASED',
  'NOT_RENEWABLE',
  'NOT_UPGRADABLE',
  'NOT_SUBSCRIBED',
  'VALIDATION_FAILED',
  'RENEWAL_CANNOT_CHANGE_QUOTA',
  'QUOTA_BELOW_ASSETS',
  'QUOTA_DECREASE_NOT_ALLOWED',
  'QUOTA_LIMIT_EXCEEDED',
  'DOWNGRADE_NOT_ALLOWED',
  'NO_CHANGE',
  'DISCLAIMER_NOT_ACCEPTED',
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
  'STORAGE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
