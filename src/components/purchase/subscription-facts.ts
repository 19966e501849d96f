import type { TFunction } from 'i18next';
import type { RetainedData, SubscriptionView } from '@/domain/contract';
import { formatDate } from '@/lib/format';

/** The configurations and data kept after expiry (R3), in the order SPEC §1 lists them. */
export const RETAINED_DATA_KEYS = [
  'assetGroups',
  'tags',
  'quarantinedFiles',
  'vulnerabilityWhitelist',
  'baselinePolicies',
  'baselineWhitelist',
  'assetFingerprints',
] as const satisfies readonly (keyof RetainedData)[];

/**
 * The subscription's expiry as a purchase shows it: "12 Mar 2026 (120 days left)", or how long
 * ago it expired; `none` without an expiry (Basic, pay-per-use).
 */
export function expiryText(
  view: SubscriptionView,
  t: TFunction<'purchase'>,
  tc: TFunction,
  language: string,
  none: string,
): string {
  const expiresAt = view.subscription.expiresAt;
  if (!expiresAt) return none;
  const date = formatDate(expiresAt, language);
  if (view.daysLeft === null) return date;
  const detail =
    view.daysLeft > 0
      ? t('details.daysLeft', { count: view.daysLeft })
      : t('details.expiredDaysAgo', { count: Math.max(1, -view.daysLeft) });
  return tc('format.withDetail', { value: date, detail });
}
