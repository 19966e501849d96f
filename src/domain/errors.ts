import { ERROR_STATUS, type ErrorCode, type ErrorStatus } from './error-codes';

/** A refusal by a rule: what the API answers, with the HTTP status of SPEC §2. */
export type DomainError = {
  status: ErrorStatus;
  code: ErrorCode;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });

/** Builds an error with the status SPEC §2 gives its code (422 for rule violations). */
export function domainError(
  code: ErrorCode,
  message: string,
  extra: { field?: string; details?: Record<string, unknown> } = {},
): DomainError {
  return { status: ERROR_STATUS[code], code, message, ...extra };
}

export const refuse = <T = never>(
  code: ErrorCode,
  message: string,
  extra?: { field?: string; details?: Record<string, unknown> },
): Result<T> => fail(domainError(code, message, extra));
