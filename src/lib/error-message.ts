import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, type ErrorCode } from '@/domain/error-codes';
import { isApiError, type ApiError } from './api-client';
import { formatNumber } from './format';
import { i18n } from './i18n';

/**
 * API errors in words a customer understands, in the UI language (namespace `errors`).
 *
 * Every code of `ERROR_CODES` (and the client's own `NETWORK_ERROR`, `TIMEOUT`, `HTTP_ERROR`,
 * `INVALID_RESPONSE`) has a sentence; where the API sends the numbers that matter
 * (`details.min`, `max`, `quota`, `billableAssets`…) a more precise sentence names them.
 * A code the console does not know keeps the API's (English) message.
 *
 *   const message = useErrorMessage();   // in a component; follows a language switch
 *   <TextInput error={fieldErrorMessage(mutation.error, 'quota')} … />
 */

type Values = Record<string, string>;
export type ErrorText = { key: string; values?: Values };

const CLIENT_CODES = ['NETWORK_ERROR', 'TIMEOUT', 'HTTP_ERROR', 'INVALID_RESPONSE'] as const;
const isKnownCode = (code: string): code is ErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code);
const isClientCode = (code: string): code is (typeof CLIENT_CODES)[number] =>
  (CLIENT_CODES as readonly string[]).includes(code);

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The numbers of `details`, formatted for the language; undefined when one is missing. */
function numbers(
  details: Record<string, unknown> | undefined,
  names: string[],
  lng: string,
): Values | undefined {
  const values: Values = {};
  for (const name of names) {
    const value = details?.[name];
    if (!isNumber(value)) return undefined;
    values[name] = formatNumber(value, lng);
  }
  return values;
}

/** `{allowed: [1, …, 9]}` → `{min: '1', max: '9'}` */
function range(details: Record<string, unknown> | undefined, lng: string): Values | undefined {
  const allowed = details?.allowed;
  if (!Array.isArray(allowed) || allowed.length === 0 || !allowed.every(isNumber)) return undefined;
  return {
    min: formatNumber(Math.min(...allowed), lng),
    max: formatNumber(Math.max(...allowed), lng),
  };
}

const detailed = (name: string, values?: Values): ErrorText =>
  values === undefined ? { key: `detailed.${name}` } : { key: `detailed.${name}`, values };

/** The precise sentence for an API error, when its details allow one. */
function precise(error: ApiError, lng: string): ErrorText | undefined {
  const { details, field = '' } = error;
  const withNumbers = (name: string, names: string[]) => {
    const values = numbers(details, names, lng);
    return values ? detailed(name, values) : undefined;
  };
  const rule = details?.rule;
  switch (error.code) {
    case 'UPGRADE_REQUIRED':
      return withNumbers('UPGRADE_REQUIRED', ['billableAssets', 'quota']);
    case 'NOT_RENEWABLE':
      if (details?.billingMode === 'free') return detailed('NOT_RENEWABLE_free');
      if (details?.billingMode === 'pay-per-use') return detailed('NOT_RENEWABLE_payPerUse');
      return undefined;
    case 'NOT_UPGRADABLE':
      if (field === 'method') return detailed('NOT_UPGRADABLE_method');
      // a value-added pack names both what is missing: billing mode and status
      if (details && 'billingMode' in details && 'status' in details)
        return detailed('NOT_UPGRADABLE_pack');
      if (details?.billingMode === 'pay-per-use') return detailed('NOT_UPGRADABLE_payPerUse');
      if (details?.status === 'expired') return detailed('NOT_UPGRADABLE_expired');
      return undefined;
    case 'RENEWAL_CANNOT_CHANGE_QUOTA':
      return withNumbers('RENEWAL_CANNOT_CHANGE_QUOTA', ['quota']);
    case 'QUOTA_BELOW_ASSETS':
      return withNumbers('QUOTA_BELOW_ASSETS', ['billableAssets', 'min']);
    case 'QUOTA_DECREASE_NOT_ALLOWED':
      return withNumbers('QUOTA_DECREASE_NOT_ALLOWED', ['min']);
    case 'QUOTA_LIMIT_EXCEEDED':
      return withNumbers('QUOTA_LIMIT_EXCEEDED', ['max']);
    case 'NO_CHANGE':
      if (field === 'edition') return detailed('NO_CHANGE_edition');
      if (field === 'quota') return withNumbers('NO_CHANGE_quota', ['min']);
      return undefined;
    case 'VALIDATION_FAILED':
      if (field === 'quota') return withNumbers('VALIDATION_FAILED_quotaRequired', ['min']);
      if (field.endsWith('.count') && (details?.unit === 'month' || details?.unit === 'year')) {
        const values = range(details, lng);
        const name =
          details.unit === 'month'
            ? 'VALIDATION_FAILED_validityMonths'
            : 'VALIDATION_FAILED_validityYears';
        return values ? detailed(name, values) : undefined;
      }
      if (field === 'tags') return withNumbers('VALIDATION_FAILED_tooManyTags', ['max']);
      if (/^tags\.\d+\.key$/.test(field)) {
        if (rule === 'keyLength') return withNumbers('VALIDATION_FAILED_tagKeyLength', ['max']);
        if (rule === 'printable') return detailed('VALIDATION_FAILED_tagKeyPrintable');
        if (rule === 'unique') return detailed('VALIDATION_FAILED_tagKeyUnique');
      }
      if (/^tags\.\d+\.value$/.test(field)) {
        if (rule === 'valueLength') return withNumbers('VALIDATION_FAILED_tagValueLength', ['max']);
        if (rule === 'printable') return detailed('VALIDATION_FAILED_tagValuePrintable');
      }
      if (field === 'quantity') {
        const min = details?.min;
        const max = details?.max;
        if (isNumber(min) && isNumber(max) && max < min)
          return detailed('VALIDATION_FAILED_packMaximum');
        return withNumbers('VALIDATION_FAILED_packQuantity', ['min', 'max']);
      }
      if (field === 'ecs' || field === 'external')
        return withNumbers('VALIDATION_FAILED_assetCount', ['min', 'max']);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Which sentence of the `errors` namespace describes `error` — or, for a code the
 * console does not know, `undefined` (the caller then keeps the API's message).
 */
export function describeError(error: unknown, lng: string = i18n.language): ErrorText | undefined {
  if (!isApiError(error)) return { key: 'unknown' };
  if (isClientCode(error.code)) return { key: `client.${error.code}` };
  if (!isKnownCode(error.code)) return error.message ? undefined : { key: 'unknown' };
  return precise(error, lng) ?? { key: `codes.${error.code}` };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;
/** any namespace's `t` (react-i18next's `useTranslation(ns).t`) */
type AnyT = (...args: never[]) => unknown;

/**
 * A sentence a customer understands, in the UI language. `t` may be any namespace's
 * `t` of react-i18next (the key carries its namespace); without it the app's i18n
 * instance and its current language are used.
 */
export function errorMessage(error: unknown, t?: AnyT): string {
  const translate = (t ?? i18n.t.bind(i18n)) as unknown as Translate;
  const lng = (t as { lng?: string } | undefined)?.lng ?? i18n.language;
  const text = describeError(error, lng);
  if (!text) return (error as ApiError).message;
  return translate(`errors:${text.key}`, { ...text.values, interpolation: { escapeValue: false } });
}

/** `errorMessage` bound to the current language; the component re-renders when it changes. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback((error: unknown) => errorMessage(error, t), [t]);
}

/**
 * The field an API error concerns (`quota`, `validity.count`, `tags.2.key`…), so a form
 * shows the message beside it (SPEC §3). `matches(error, 'tags')` is true for `tags.2.key`.
 */
export function errorConcerns(error: unknown, field: string): boolean {
  if (!isApiError(error) || !error.field) return false;
  return error.field === field || error.field.startsWith(`${field}.`);
}

/** The message for `field` when `error` concerns it, else undefined (for a form input's `error`). */
export function fieldErrorMessage(error: unknown, field: string, t?: AnyT): string | undefined {
  return errorConcerns(error, field) ? errorMessage(error, t) : undefined;
}
