import { Alert, List, Text } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Says plainly that a page is not built yet, and what it will show — never fake data. */
export function PagePlaceholder({ planned }: { planned: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconTools aria-hidden />}
      title={
        <span role="heading" aria-level={2}>
          {t('building.title')}
        </span>
      }
    >
      <Text size="sm" mb="xs">
        {t('building.body')}
      </Text>
      <List size="sm" spacing={4}>
        {planned.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
