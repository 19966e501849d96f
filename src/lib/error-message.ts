import type { TFunction } from 'i18next';
import { isApiError } from './api-client';

/** Codes the shell words itself; rule errors keep the API's customer-facing message. */
const GENERIC_CODES = [
  'NETWORK_ERROR',
  'HTTP_ERROR',
  'INVALID_RESPONSE',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
  'NOT_FOUND',
] as const;
type GenericCode = (typeof GENERIC_CODES)[number];

const isGeneric = (code: string): code is GenericCode =>
  (GENERIC_CODES as readonly string[]).includes(code);

/** A sentence a customer understands, in the UI language where the console knows the code. */
export function errorMessage(error: unknown, t: TFunction<'common'>): string {
  if (isApiError(error)) {
    if (isGeneric(error.code)) return t(`errors.${error.code}`);
    if (error.message) return error.message;
  }
  return t('errors.unknown');
}
