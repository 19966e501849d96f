import { Anchor, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type DisclaimerFieldProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** the API's refusal (DISCLAIMER_NOT_ACCEPTED), shown beside the checkbox and announced */
  error?: ReactNode;
};

/**
 * R13: "I have read and agree to the Disclaimer", with the Disclaimer itself one click away
 * (a dialog). Pay Now stays enabled: the API is the authority, and its refusal shows here.
 */
export function DisclaimerField({ checked, onChange, error }: DisclaimerFieldProps) {
  const { t } = useTranslation('purchase');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack gap={6}>
      <Group gap="md" align="flex-start" wrap="wrap">
        <Checkbox
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          label={t('disclaimer.label')}
          error={error ? <span role="alert">{error}</span> : undefined}
        />
        <Anchor component="button" type="button" size="sm" onClick={open}>
          {t('disclaimer.open')}
        </Anchor>
      </Group>
      <Modal opened={opened} onClose={close} title={t('disclaimer.title')} size="lg">
        <Stack gap="sm">
          {t('disclaimer.paragraphs', { returnObjects: true }).map((paragraph) => (
            <Text key={paragraph} size="sm">
              {paragraph}
            </Text>
          ))}
        </Stack>
      </Modal>
    </Stack>
  );
}
