import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/**
 * The words a customer reads for an API refusal during a purchase, in the UI language.
 * The console's shared wording (`lib/error-message`, namespace `errors`) covers every code;
 * a purchase words a few itself, where it can say more: that nothing was charged, what the
 * way forward is, or the threshold of the catalog (R7: 120 %).
 */
export function purchaseErrorMessage(
  error: unknown,
  t: TFunction<'purchase'>,
  options: { thresholdPercent?: number } = {},
): string {
  if (!isApiError(error)) return errorMessage(error);
  const details = error.details ?? {};
  switch (error.code) {
    case 'UPGRADE_REQUIRED': {
      const assets = details.billableAssets;
      const quota = details.quota;
      return typeof assets === 'number' && typeof quota === 'number' && options.thresholdPercent
        ? t('errors.UPGRADE_REQUIRED', { assets, quota, percent: options.thresholdPercent })
        : t('errors.UPGRADE_REQUIRED_plain');
    }
    case 'SUBSCRIPTION_RELEASED':
    case 'DISCLAIMER_NOT_ACCEPTED':
    case 'VERSION_CONFLICT':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return t(`errors.${error.code}`);
    default:
      return errorMessage(error);
  }
}

/** Payment failures that may pass when sent again unchanged (with the same Idempotency-Key). */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status >= 500 || error.code === 'HTTP_ERROR';
}

/** The refusals that close a wizard up front, each with its way forward. */
export function isBlocking(error: unknown): error is ApiError {
  if (!isApiError(error)) return false;
  switch (error.code) {
    case 'UPGRADE_REQUIRED':
    case 'SUBSCRIPTION_RELEASED':
    case 'NOT_RENEWABLE':
    case 'NOT_FOUND':
      return true;
    case 'NOT_UPGRADABLE':
      // "Basic has no quota to increase" concerns the method field, not the subscription
      return error.field !== 'method';
    default:
      return false;
  }
}
