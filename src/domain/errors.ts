import type { ErrorCode } from './contract';

/** A refusal by a rule: what the API answers, with the HTTP status of SPEC §2. */
export type DomainError = {
  status: 400 | 403 | 404 | 409 | 422 | 503;
  code: ErrorCode;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });

const STATUS_OF: Partial<Record<ErrorCode, DomainError['status']>> = {
  MALFORMED_JSON: 400,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  UPGRADE_REQUIRED: 409,
  SUBSCRIPTION_RELEASED: 409,
  NOT_RENEWABLE: 409,
  NOT_UPGRADABLE: 409,
  NOT_SUBSCRIBED: 409,
  SERVICE_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
};

/** Builds an error with the status SPEC §2 gives its code (422 for rule violations). */
export function domainError(
  code: ErrorCode,
  message: string,
  extra: { field?: string; details?: Record<string, unknown> } = {},
): DomainError {
  return { status: STATUS_OF[code] ?? 422, code, message, ...extra };
}

export const refuse = <T = never>(
  code: ErrorCode,
  message: string,
  extra?: { field?: string; details?: Record<string, unknown> },
): Result<T> => fail(domainError(code, message, extra));
