import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorFallback } from '@/components/error-fallback';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';

/** The subscription a wizard was opened for could not be loaded: not found (with the way back), or an error with Retry. */
export function SubscriptionLoadError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const { t } = useTranslation('purchase');
  if (isApiError(error) && error.code === 'NOT_FOUND') {
    return (
      <Alert role="alert" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        <Stack gap="sm">
          <Text size="sm">{t('errors.NOT_FOUND')}</Text>
          <Group>
            <Button component={Link} to={paths.purchasedResources.getHref()} size="xs">
              {t('actions.purchasedResources')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  return <ErrorFallback error={error} onRetry={onRetry} retrying={retrying} />;
}
