import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReloadState } from './use-reload-latest';

/**
 * What "Reload the latest state" did: the latest state is on screen (a status), or it could
 * not be loaded (an alert). Nothing before a reload or while it runs.
 */
export function ReloadNotice({
  state,
  doneText,
  failedText,
}: {
  state: ReloadState;
  doneText?: string;
  failedText?: string;
}) {
  const { t } = useTranslation('purchase');
  if (state === 'done')
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
        {doneText ?? t('payment.reloaded')}
      </Alert>
    );
  if (state === 'failed')
    return (
      <Alert color="red" variant="light" role="alert">
        {failedText ?? t('payment.reloadFailed')}
      </Alert>
    );
  return null;
}
