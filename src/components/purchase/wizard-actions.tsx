import { Button, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The buttons under a wizard step: Back on the left (when there is a step before), the way on at the right. */
export function WizardActions({
  onBack,
  backDisabled = false,
  children,
}: {
  onBack?: () => void;
  backDisabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('purchase');
  return (
    <Group justify="space-between" mt="xl" gap="sm">
      {onBack ? (
        <Button
          variant="default"
          onClick={onBack}
          disabled={backDisabled}
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('actions.back')}
        </Button>
      ) : (
        <span />
      )}
      <Group gap="sm">{children}</Group>
    </Group>
  );
}
