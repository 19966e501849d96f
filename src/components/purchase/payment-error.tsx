import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderRequest, RegionId } from '@/domain/contract';
import { ConflictAlert, ForbiddenAlert } from '@/components/refusal-alerts';
import { RetryButton } from '@/components/retry-button';
import { isApiError } from '@/lib/api-client';
import { isRetryable, purchaseErrorMessage } from './purchase-error';
import { RequestPurchase } from './request-purchase';

export type PaymentErrorProps = {
  error: unknown;
  region?: RegionId;
  /** re-sends the same payment (same Idempotency-Key) */
  onRetry: () => void;
  /** TIMEOUT: asks about the same payment again (same Idempotency-Key and body) */
  onCheckAgain?: () => void;
  /** VERSION_CONFLICT: take the subscription's latest state */
  onReload: () => void;
  /** IDEMPOTENCY_KEY_REUSED: forget the attempt */
  onNewAttempt: () => void;
  busy?: boolean;
  thresholdPercent?: number;
  /** the order refused: FORBIDDEN (R14) offers to request it from the administrators */
  body?: OrderRequest | null;
};

/**
 * Why Pay Now did not go through, and the way forward: Retry (safe: same key, charged at most
 * once), Check again when no answer came in time (the outcome is unknown), reload the latest state after a change elsewhere, or how to get the permission (R14).
 * An alert, so a screen reader announces it.
 */
export function PaymentError({
  error,
  region,
  onRetry,
  onCheckAgain = onRetry,
  onReload,
  onNewAttempt,
  busy = false,
  thresholdPercent,
  body,
}: PaymentErrorProps) {
  const { t } = useTranslation('purchase');
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const message = purchaseErrorMessage(error, t, { thresholdPercent });

  if (code === 'FORBIDDEN') {
    return (
      <Stack gap="sm">
        <ForbiddenAlert
          title={t('payment.forbiddenTitle')}
          message={message}
          linkText={t('actions.assigningPermissions')}
          region={region}
        />
        {/* issue 24: the way through the company, for exactly these choices */}
        {body && <RequestPurchase body={body} region={region} />}
      </Stack>
    );
  }

  if (code === 'VERSION_CONFLICT') {
    return (
      <ConflictAlert
        title={t('payment.conflictTitle')}
        message={message}
        reloadText={t('actions.reloadLatest')}
        onReload={onReload}
        reloading={busy}
      />
    );
  }

  if (code === 'TIMEOUT') {
    // no answer in time: the payment may have been made, so it is not called a failure
    return (
      <Alert
        role="alert"
        color="orange"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('payment.unknownTitle')}
      >
        <Stack gap="xs">
          <Text size="sm">{t('payment.unknownBody')}</Text>
          <Group>
            <Button size="xs" variant="default" onClick={onCheckAgain} loading={busy}>
              {t('actions.checkAgain')}
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
        {retryable && <RetryButton onClick={onRetry} loading={busy} />}
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
