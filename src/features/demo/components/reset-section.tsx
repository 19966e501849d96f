import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/lib/error-message';
import { useQuery } from '@tanstack/react-query';
import { IconHistory } from '@tabler/icons-react';
import { useResetDemo, useRestoreDemo } from '../api/demo-mutations';
import { demoQueryOptions } from '../api/get-demo';
import { PanelSection } from './panel-section';

/**
 * Back to the default scenario at real time, after a confirmation; and back to the demo the
 * last reset, scenario, demo link or repair of damaged data replaced (the API keeps it).
 */
export function ResetSection() {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const reset = useResetDemo();
  const restore = useRestoreDemo();
  const canRestore = useQuery(demoQueryOptions()).data?.canRestore ?? false;
  const [confirming, setConfirming] = useState(false);
  // focus goes to the confirmation, and back to the button when it is cancelled
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) button.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <PanelSection title={t('reset.heading')} description={t('reset.description')}>
      {confirming ? (
        <Alert color="red" variant="light" p="sm">
          <Text size="sm" mb="xs">
            {t('reset.confirmText')}
          </Text>
          <Group gap="xs">
            <Button
              color="red.8"
              size="xs"
              loading={reset.isPending}
              onClick={() => reset.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              autoFocus
            >
              {t('reset.confirm')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
              {t('reset.cancel')}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Group>
          <Button
            ref={button}
            variant="default"
            size="sm"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            {t('reset.button')}
          </Button>
          {canRestore && (
            <Button
              variant="default"
              size="sm"
              leftSection={<IconHistory size={16} aria-hidden />}
              loading={restore.isPending}
              onClick={() => restore.mutate()}
              title={t('reset.restoreHint')}
            >
              {t('reset.restore')}
            </Button>
          )}
        </Group>
      )}
      {[
        { mutation: restore, done: t('reset.restored') },
        { mutation: reset, done: t('reset.done') },
      ].map(({ mutation, done }) =>
        mutation.isError ? (
          <Text key={done} size="xs" c="red" role="alert">
            {errorMessage(mutation.error)}
          </Text>
        ) : (
          mutation.isSuccess &&
          !confirming && (
            <Text key={done} size="xs" c="dimmed" role="status">
              {done}
            </Text>
          )
        ),
      )}
    </PanelSection>
  );
}
