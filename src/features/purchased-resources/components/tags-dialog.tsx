import { Button, Group, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '@/components/purchase/purchase-dialog';
import { ReloadNotice } from '@/components/purchase/reload-notice';
import { TagRows } from '@/components/purchase/tag-rows';
import { useDraftValues, useKeptDraft } from '@/components/purchase/use-order-form';
import { useReloadLatest } from '@/components/purchase/use-reload-latest';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { errorConcerns, useErrorMessage } from '@/lib/error-message';
import { useUpdateSubscription } from '../api/update-subscription';
import { ChangeError } from './change-error';
import type { DialogBodyProps } from './resource-dialog';
import { tagsFormSchema, type TagsFormValues } from './tags-schema';

/** R12: the subscription's tags, up to 20 key/value pairs, saved with PATCH /subscriptions/:id. */
export function TagsForm({
  view: openedWith,
  catalog,
  onClose,
  onReload,
}: DialogBodyProps & { catalog: Catalog }) {
  const { t } = useTranslation('purchased-resources');
  const { t: te } = useTranslation('errors');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const [view, setView] = useState(openedWith);
  const update = useUpdateSubscription();
  const sub = view.subscription;
  // the edits stay: only the version they are saved against is the latest
  const reload = useReloadLatest(
    () => onReload(sub.id),
    (latest: SubscriptionView) => {
      setView(latest);
      update.reset();
    },
  );
  const region = tc(`regions.${sub.region}`);
  const { maxTags, tagKeyMax, tagValueMax } = catalog.limits;

  const schema = useMemo(
    () =>
      tagsFormSchema(catalog.limits, {
        keyLength: te('detailed.VALIDATION_FAILED_tagKeyLength', { max: tagKeyMax }),
        keyPrintable: te('detailed.VALIDATION_FAILED_tagKeyPrintable'),
        keyUnique: te('detailed.VALIDATION_FAILED_tagKeyUnique'),
        valueLength: te('detailed.VALIDATION_FAILED_tagValueLength', { max: tagValueMax }),
        valuePrintable: te('detailed.VALIDATION_FAILED_tagValuePrintable'),
        tooMany: te('detailed.VALIDATION_FAILED_tooManyTags', { max: maxTags }),
      }),
    [catalog.limits, te, tagKeyMax, tagValueMax, maxTags],
  );
  // the edits kept when the session ended with the dialog open come back after signing in
  const draft = `tags:${sub.id}`;
  const initialValues = useDraftValues(draft, { tags: sub.tags.map((tag) => ({ ...tag })) });
  const form = useForm<TagsFormValues>({
    mode: 'controlled',
    initialValues,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });
  useKeptDraft(draft, form.values, false);
  const tags = form.values.tags;
  const inputId = (index: number, part: 'key' | 'value') => `tag-${sub.id}-${index}-${part}`;

  const addRow = () => {
    const index = tags.length;
    form.insertListItem('tags', { key: '', value: '' });
    // the new row's key takes focus, so a keyboard user types on at once
    window.setTimeout(() => document.getElementById(inputId(index, 'key'))?.focus(), 0);
  };

  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        subscriptionId: sub.id,
        body: { tags: values.tags, expectedVersion: sub.version },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('tags.saved', { region }) });
          onClose();
        },
        onError: (error) => {
          // a rule the API names for one field (`tags.3.key`) is shown beside that field
          if (isApiError(error) && error.field && errorConcerns(error, 'tags'))
            form.setFieldError(error.field, errorMessage(error));
        },
      },
    ),
  );

  const listError = form.errors.tags;
  const fieldError = isApiError(update.error) && errorConcerns(update.error, 'tags');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed" id={`tags-hint-${sub.id}`}>
          {t('tags.hint', { max: maxTags, keyMax: tagKeyMax, valueMax: tagValueMax })}
        </Text>
        <TagRows
          count={tags.length}
          input={(index, part) => ({
            id: inputId(index, part),
            ...form.getInputProps(`tags.${index}.${part}`),
          })}
          onAdd={addRow}
          onRemove={(index) => form.removeListItem('tags', index)}
          max={maxTags}
          limitText={t('tags.limitReached', { max: maxTags })}
          placeholders={{ key: t('tags.keyPlaceholder'), value: t('tags.valuePlaceholder') }}
          listError={listError}
          header={
            tags.length === 0 ? (
              <Text size="sm">{t('tags.none')}</Text>
            ) : (
              <Group gap="xs" wrap="nowrap" aria-hidden visibleFrom="xs">
                <Text size="xs" fw={600} c="dimmed" style={{ flex: 1 }}>
                  {t('tags.keyColumn')}
                </Text>
                <Text size="xs" fw={600} c="dimmed" style={{ flex: 1 }}>
                  {t('tags.valueColumn')}
                </Text>
                <span style={{ width: 34 }} />
              </Group>
            )
          }
        />

        <ReloadNotice
          state={reload.state}
          doneText={t('tags.reloaded')}
          failedText={t('change.reloadFailed')}
        />
        {update.isError && !fieldError && (
          <ChangeError
            error={update.error}
            region={sub.region}
            onReload={reload.reload}
            reloading={reload.state === 'busy'}
          />
        )}

        <DialogFooter onCancel={onClose} busy={update.isPending}>
          <Button type="submit" loading={update.isPending}>
            {t('tags.save')}
          </Button>
        </DialogFooter>
      </Stack>
    </form>
  );
}
