import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';
import { RetryButton } from './retry-button';

export type ErrorFallbackProps = {
  error: unknown;
  /** shows a Retry button */
  onRetry?: () => void;
  retrying?: boolean;
  title?: string;
};

/** An error in words a customer understands, with Retry; a refused permission links to the help (R14). */
export function ErrorFallback({ error, onRetry, retrying = false, title }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const forbidden = isApiError(error) && error.code === 'FORBIDDEN';
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t('state.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {forbidden && (
          <Anchor component={Link} to={paths.helpPermissions.getHref()} size="sm">
            {t('nav.help')}
          </Anchor>
        )}
        {onRetry && <RetryButton onClick={onRetry} loading={retrying} />}
      </Stack>
    </Alert>
  );
}
