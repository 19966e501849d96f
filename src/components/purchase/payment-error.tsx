import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import type { RegionId } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { isRetryable, purchaseErrorMessage } from './purchase-error';

export type PaymentErrorProps = {
  error: unknown;
  region?: RegionId;
  /** re-sends the same payment (same Idempotency-Key) */
  onRetry: () => void;
  /** VERSION_CONFLICT: take the subscription's latest state */
  onReload: () => void;
  /** IDEMPOTENCY_KEY_REUSED: forget the attempt */
  onNewAttempt: () => void;
  busy?: boolean;
  thresholdPercent?: number;
};

/** The help page links back to the purchase the customer was refused (`?from=`). */
const withReturn = (href: string, from: string) =>
  `${href}${href.includes('?') ? '&' : '?'}from=${encodeURIComponent(from)}`;

/**
 * Why Pay Now did not go through, and the way forward: Retry (safe: same key, charged at most
 * once), reload the latest state after a change elsewhere, or how to get the permission (R14).
 * An alert, so a screen reader announces it.
 */
export function PaymentError({
  error,
  region,
  onRetry,
  onReload,
  onNewAttempt,
  busy = false,
  thresholdPercent,
}: PaymentErrorProps) {
  const { t } = useTranslation('purchase');
  const location = useLocation();
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const message = purchaseErrorMessage(error, t, { thresholdPercent });

  if (code === 'FORBIDDEN') {
    return (
      <Alert
        role="alert"
        color="orange"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('payment.forbiddenTitle')}
      >
        <Stack gap="xs">
          <Text size="sm">{message}</Text>
          <Anchor
            component={Link}
            to={withReturn(
              paths.helpPermissions.getHref(region),
              location.pathname + location.search,
            )}
            size="sm"
            fw={600}
          >
            {t('actions.assigningPermissions')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }

  if (code === 'VERSION_CONFLICT') {
    return (
      <Alert
        role="alert"
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('payment.conflictTitle')}
      >
        <Stack gap="xs">
          <Text size="sm">{message}</Text>
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onReload}
              loading={busy}
            >
              {t('actions.reloadLatest')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const retryable = isRetryable(error);
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={retryable ? t('payment.failedTitle') : t('payment.refusedTitle')}
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {retryable && <Text size="sm">{t('payment.retrySafe')}</Text>}
        {retryable && (
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
              loading={busy}
            >
              {t('actions.retry')}
            </Button>
          </Group>
        )}
        {code === 'IDEMPOTENCY_KEY_REUSED' && (
          <Group>
            <Button size="xs" variant="default" onClick={onNewAttempt}>
              {t('actions.newAttempt')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
