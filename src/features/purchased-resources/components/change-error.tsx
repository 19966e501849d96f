import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import type { RegionId } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { useErrorMessage } from '@/lib/error-message';

export type ChangeErrorProps = {
  error: unknown;
  region: RegionId;
  /** VERSION_CONFLICT: take the subscription's latest state */
  onReload: () => void;
  reloading?: boolean;
  /** a one-line form under a control in a table row */
  compact?: boolean;
};

/**
 * Why a change (auto-renew, tags) was not saved, and the way forward: how to get the permission
 * (R14), or reload the latest state after a change elsewhere. An alert, so it is announced.
 */
export function ChangeError({
  error,
  region,
  onReload,
  reloading = false,
  compact = false,
}: ChangeErrorProps) {
  const { t } = useTranslation('purchased-resources');
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const size = compact ? 'xs' : 'sm';

  if (code === 'FORBIDDEN') {
    return (
      <Alert
        role="alert"
        color="orange"
        variant="light"
        p={compact ? 'xs' : undefined}
        icon={compact ? undefined : <IconLock aria-hidden />}
        title={compact ? undefined : t('change.forbiddenTitle')}
      >
        <Stack gap={4}>
          <Text size={size}>{t('change.forbidden')}</Text>
          <Anchor
            component={Link}
            // the help page links back here (`?from=`)
            to={`${paths.helpPermissions.getHref(region)}&from=${encodeURIComponent(location.pathname + location.search)}`}
            size={size}
            fw={600}
          >
            {t('change.assigningPermissions')}
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
        p={compact ? 'xs' : undefined}
        icon={compact ? undefined : <IconAlertTriangle aria-hidden />}
        title={compact ? undefined : t('change.conflictTitle')}
      >
        <Stack gap={4}>
          <Text size={size}>{t('change.conflict')}</Text>
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={onReload}
              loading={reloading}
            >
              {t('change.reloadLatest')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      p={compact ? 'xs' : undefined}
      icon={compact ? undefined : <IconAlertTriangle aria-hidden />}
      title={compact ? undefined : t('change.failedTitle')}
    >
      <Text size={size}>{errorMessage(error)}</Text>
    </Alert>
  );
}
