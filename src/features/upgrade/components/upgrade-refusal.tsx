import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { purchaseErrorMessage } from '@/components/purchase/purchase-error';
import { StepHeading } from '@/components/purchase/step-heading';
import { paths } from '@/config/paths';
import type { SubscriptionView } from '@/domain/contract';
import type { ApiError } from '@/lib/api-client';

/**
 * What the API refused up front (expired: renew first; pay-per-use: nothing to upgrade), or a
 * subscription with nothing left to upgrade — shown with the way forward.
 */
export function UpgradeRefusal({ error, view }: { error?: ApiError; view: SubscriptionView }) {
  const { t } = useTranslation('upgrade');
  const { t: tp } = useTranslation('purchase');
  const sub = view.subscription;

  let title = t('refusal.title');
  let message = error ? purchaseErrorMessage(error, tp) : t('refusal.nothingBody');
  let action: ReactNode = null;
  if (!error) title = t('refusal.nothing');
  else if (error.code === 'NOT_FOUND') title = t('refusal.notFound');
  else if (error.code === 'UPGRADE_REQUIRED' || error.code === 'SUBSCRIPTION_RELEASED') {
    message = purchaseErrorMessage(error, tp);
  }
  if (view.actions.renew && error?.code === 'NOT_UPGRADABLE') {
    action = (
      <Button component={Link} to={paths.renew.getHref(sub.id, sub.region)}>
        {tp('actions.renew')}
      </Button>
    );
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
