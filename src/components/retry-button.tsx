import { Button, Group } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Retry, under an error that may pass when asked again. */
export function RetryButton({
  onClick,
  loading = false,
}: {
  onClick: () => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconRefresh size={16} aria-hidden />}
        onClick={onClick}
        loading={loading}
      >
        {t('actions.retry')}
      </Button>
    </Group>
  );
}
