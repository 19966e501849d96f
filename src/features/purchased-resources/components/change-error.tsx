import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ForbiddenAlert } from '@/components/refusal-alerts';
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
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const size = compact ? 'xs' : 'sm';

  if (code === 'FORBIDDEN') {
    return (
      <ForbiddenAlert
        title={t('change.forbiddenTitle')}
        message={t('change.forbidden')}
        linkText={t('change.assigningPermissions')}
        region={region}
        compact={compact}
      />
    );
  }

  if (code === 'VERSION_CONFLICT') {
    return (
      <ConflictAlert
        title={t('change.conflictTitle')}
        message={t('change.conflict')}
        reloadText={t('change.reloadLatest')}
        onReload={onReload}
        reloading={reloading}
        compact={compact}
      />
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
