import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { StepHeading } from '@/components/purchase/step-heading';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import type { ApiError } from '@/lib/api-client';

/**
 * What the API refused (R4, R5, R7), shown as the way forward: upgrade first, buy a new
 * subscription, or why there is nothing to renew.
 */
export function RenewRefusal({
  error,
  view,
  thresholdPercent,
}: {
  error: ApiError;
  view: SubscriptionView;
  thresholdPercent: number;
}) {
  const { t } = useTranslation('renew');
  const { t: tp } = useTranslation('purchase');
  const sub = view.subscription;
  const message = purchaseErrorMessage(error, tp, { thresholdPercent });

  let title: string;
  let action: React.ReactNode = null;
  switch (error.code) {
    case 'UPGRADE_REQUIRED':
      title = t('refusal.upgradeRequired');
      action = (
        <Button
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'quota', region: sub.region })}
        >
          {tp('actions.upgrade')}
        </Button>
      );
      break;
    case 'SUBSCRIPTION_RELEASED':
      title = t('refusal.released');
      action = (
        <Button
          component={Link}
          to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
        >
          {tp('actions.buy')}
        </Button>
      );
      break;
    case 'NOT_FOUND':
      title = t('refusal.notFound');
      break;
    default:
      title = t('refusal.notRenewable');
      if (sub.billingMode === 'free') {
        action = (
          <Button
            component={Link}
            to={paths.upgrade.getHref(sub.id, { method: 'edition', region: sub.region })}
          >
            {tp('actions.buy')}
          </Button>
        );
      }
  }

  return (
    <Stack gap="md" maw={720}>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="sm">
          <StepHeading size="h3" mb={0}>
            {title}
          </StepHeading>
          <Text size="sm" role="status">
            {message}
          </Text>
          <Group>
            {action}
            <Button
              component={Link}
              to={paths.purchasedResources.getHref(sub.region)}
              variant="default"
            >
              {tp('actions.purchasedResources')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Stack>
  );
}
