import {
  ActionIcon,
  Button,
  Group,
  Stack,
  Text,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type TagRowsProps = {
  /** how many rows there are */
  count: number;
  /** each input's value, change handler and error (a form's `getInputProps`, or the like) */
  input: (index: number, part: 'key' | 'value') => TextInputProps;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** the catalog's `limits.maxTags`: Add tag stops there */
  max: number;
  /** said beside Add tag at the limit */
  limitText: string;
  placeholders: { key: string; value: string };
  /** the refusal of the list as a whole (too many, a key used twice) */
  listError?: ReactNode;
  /** what stands above the rows (column headings, or that there are none) */
  header?: ReactNode;
};

/**
 * R12's key/value rows, in Upgrade and in the Tags dialog: a key and a value per tag, each
 * named for a screen reader ("Tag 2 key"), a Remove per row, Add tag up to the limit.
 */
export function TagRows({
  count,
  input,
  onAdd,
  onRemove,
  max,
  limitText,
  placeholders,
  listError,
  header,
}: TagRowsProps) {
  const { t } = useTranslation('purchase');
  return (
    <>
      <Stack gap="xs">
        {header}
        {Array.from({ length: count }, (_, index) => (
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            {(['key', 'value'] as const).map((part) => (
              <TextInput
                key={part}
                aria-label={t(`tags.${part}`, { index: index + 1 })}
                placeholder={placeholders[part]}
                style={{ flex: 1, minWidth: 0 }}
                {...input(index, part)}
              />
            ))}
            <ActionIcon
              variant="subtle"
              color="gray"
              size={36}
              aria-label={t('tags.remove', { index: index + 1 })}
              onClick={() => onRemove(index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
          disabled={count >= max}
        >
          {t('tags.add')}
        </Button>
        {count >= max && (
          <Text size="xs" c="dimmed">
            {limitText}
          </Text>
        )}
      </Group>
    </>
  );
}
