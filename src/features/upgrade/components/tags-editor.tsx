import { Fieldset, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TagRows } from '@/components/purchase/tag-rows';
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
  return (
    <Fieldset legend={t('tags.label')} variant="unstyled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('tags.description', { max: maxTags, keyMax, valueMax })}
        </Text>
        <TagRows
          count={tags.length}
          input={(index, part) => ({
            value: tags[index]?.[part] ?? '',
            onChange: (event) =>
              onChange(
                tags.map((tag, i) =>
                  i === index ? { ...tag, [part]: event.currentTarget.value } : tag,
                ),
              ),
            error: errorFor(`tags.${index}.${part}`),
          })}
          onAdd={() => onChange([...tags, { key: '', value: '' }])}
          onRemove={(index) => onChange(tags.filter((_, i) => i !== index))}
          max={maxTags}
          limitText={t('tags.limit', { max: maxTags })}
          placeholders={{ key: t('tags.keyPlaceholder'), value: t('tags.valuePlaceholder') }}
          listError={errorFor('tags')}
        />
      </Stack>
    </Fieldset>
  );
}
