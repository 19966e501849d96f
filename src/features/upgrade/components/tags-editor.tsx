import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '@/domain/contract';

export type TagsEditorProps = {
  tags: Tag[];
  onChange: (tags: Tag[]) => void;
  /** catalog limits */
  maxTags: number;
  keyMax: number;
  valueMax: number;
  /** the API's refusal for a row's key or value (`tags.2.key`), or for the list (`tags`) */
  errorFor: (field: string) => ReactNode;
};

/** R12: optional tags, up to 20 key/value pairs; the API checks them and its refusal shows on the row. */
export function TagsEditor({
  tags,
  onChange,
  maxTags,
  keyMax,
  valueMax,
  errorFor,
}: TagsEditorProps) {
  const { t } = useTranslation('upgrade');
  const update = (index: number, patch: Partial<Tag>) =>
    onChange(tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)));
  const listError = errorFor('tags');
  return (
    <Fieldset legend={t('tags.label')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('tags.description', { max: maxTags, keyMax, valueMax })}
        </Text>
        {tags.map((tag, index) => {
          const n = index + 1;
          return (
            <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
              <TextInput
                aria-label={t('tags.key', { index: n })}
                placeholder={t('tags.keyPlaceholder')}
                value={tag.key}
                onChange={(event) => update(index, { key: event.currentTarget.value })}
                error={errorFor(`tags.${index}.key`)}
                style={{ flex: 1 }}
              />
              <TextInput
                aria-label={t('tags.value', { index: n })}
                placeholder={t('tags.valuePlaceholder')}
                value={tag.value}
                onChange={(event) => update(index, { value: event.currentTarget.value })}
                error={errorFor(`tags.${index}.value`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('tags.remove', { index: n })}
                onClick={() => onChange(tags.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        {listError && (
          <Text size="sm" c="red" role="alert">
            {listError}
          </Text>
        )}
        <Group gap="sm">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange([...tags, { key: '', value: '' }])}
            disabled={tags.length >= maxTags}
          >
            {t('tags.add')}
          </Button>
          {tags.length >= maxTags && (
            <Text size="xs" c="dimmed">
              {t('tags.limit', { max: maxTags })}
            </Text>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
