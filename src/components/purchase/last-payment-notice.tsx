import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { MutationState } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { OrderResult } from '@/domain/contract';
import { isApiError, type ApiError } from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import type { PendingPayment } from '@/lib/pending-payment';
import { isDefinitive } from '@/lib/purchase';
import { purchaseErrorMessage } from './purchase-error';

export type LastPaymentNoticeProps = {
  /** the last check of an unconfirmed payment (`usePaymentCheck().latest`) */
  check: MutationState<OrderResult, ApiError, PendingPayment>;
  /** asks about the same payment again, when its outcome is still unknown */
  onCheckAgain: () => void;
  /** hides a settled notice */
  onDismiss?: () => void;
};

/**
 * What became of the payment that got no answer (a reload, a timeout): "we are checking", then
 * its order with the link to it, its refusal (nothing charged), or — still no definitive answer —
 * Check again. Pay Now is not offered elsewhere until then (`usePurchase().blocked`).
 */
export function LastPaymentNotice({ check, onCheckAgain, onDismiss }: LastPaymentNoticeProps) {
  const { t, i18n } = useTranslation('purchase');
  const payment = check.variables;
  const what = payment && {
    type: t(`result.types.${payment.body.type}`),
    subscription: payment.subscriptionId,
  };
  const dismiss = onDismiss && (
    <Group>
      <Button size="xs" variant="default" onClick={onDismiss}>
        {t('actions.dismiss')}
      </Button>
    </Group>
  );

  if (check.status === 'pending') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<Loader size={18} aria-hidden />}
        title={t('lastPayment.checkingTitle')}
        role="status"
      >
        <Text size="sm">{t('lastPayment.checkingBody', what)}</Text>
      </Alert>
    );
  }

  if (check.status === 'success' && check.data) {
    const { order } = check.data;
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={t('lastPayment.placedTitle')}
        role="status"
      >
        <Stack gap="xs">
          <Text size="sm">
            {t('lastPayment.placedBody', {
              id: order.id,
              type: t(`result.types.${order.type}`),
              amount: formatMoney(order.amount, i18n.language),
            })}
          </Text>
          <Anchor
            component={Link}
            to={paths.orderReceipt.getHref(order.id, order.region)}
            size="sm"
          >
            {t('actions.viewOrder')}
          </Anchor>
          {dismiss}
        </Stack>
      </Alert>
    );
  }

  if (check.status !== 'error') return null;
  const error = check.error;
  const refused = isDefinitive(error);
  const mismatch = isApiError(error) && error.code === 'IDEMPOTENCY_KEY_REUSED';
  return (
    <Alert
      color={refused ? 'red' : 'orange'}
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={refused ? t('lastPayment.refusedTitle') : t('lastPayment.unknownTitle')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">
          {mismatch ? t('lastPayment.mismatchBody') : purchaseErrorMessage(error, t)}
        </Text>
        {/* a key the service holds for another request may have bought that one: no "nothing charged" */}
        {!mismatch && (
          <Text size="sm">
            {refused ? t('lastPayment.refusedBody') : t('lastPayment.unknownBody')}
          </Text>
        )}
        {refused ? (
          dismiss
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={onCheckAgain}>
              {t('actions.checkAgain')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
