import { ActionIcon, Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { isApiError } from '@/lib/api-client';
import { errorConcerns, useErrorMessage } from '@/lib/error-message';
import { useNotificationsHost } from '@/lib/notifications-host';
import { useUpdateSubscription } from '../api/update-subscription';
import { ChangeError } from './change-error';
import { tagsFormSchema, type TagsFormValues } from './tags-schema';

export type TagsDialogProps = {
  opened: boolean;
  /** the row as the customer saw it when they opened the dialog: its version is what the change expects */
  view: SubscriptionView;
  catalog: Catalog;
  onClose: () => void;
  /** VERSION_CONFLICT: the subscription's latest state */
  onReload: (subscriptionId: string) => Promise<SubscriptionView | undefined>;
};

/** R12: the subscription's tags, up to 20 key/value pairs, saved with PATCH /subscriptions/:id. */
export function TagsDialog({ opened, view, catalog, onClose, onReload }: TagsDialogProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  useNotificationsHost(); // a saved change is confirmed by a notification
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('tags.title', { region: tc(`regions.${view.subscription.region}`) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialog.closeDialog') }}
    >
      <TagsForm view={view} catalog={catalog} onClose={onClose} onReload={onReload} />
    </Modal>
  );
}

function TagsForm({
  view: openedWith,
  catalog,
  onClose,
  onReload,
}: Omit<TagsDialogProps, 'opened'>) {
  const { t } = useTranslation('purchased-resources');
  const { t: te } = useTranslation('errors');
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const [view, setView] = useState(openedWith);
  const [reloadState, setReloadState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const update = useUpdateSubscription();
  const sub = view.subscription;
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
  const form = useForm<TagsFormValues>({
    mode: 'controlled',
    initialValues: { tags: sub.tags.map((tag) => ({ ...tag })) },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });
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

  const reload = async () => {
    setReloadState('busy');
    try {
      const latest = await onReload(sub.id);
      if (!latest) throw new Error('not found');
      setView(latest);
      update.reset();
      setReloadState('done');
    } catch {
      setReloadState('failed');
    }
  };

  const listError = form.errors.tags;
  const fieldError = isApiError(update.error) && errorConcerns(update.error, 'tags');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed" id={`tags-hint-${sub.id}`}>
          {t('tags.hint', { max: maxTags, keyMax: tagKeyMax, valueMax: tagValueMax })}
        </Text>
        {tags.length === 0 ? (
          <Text size="sm">{t('tags.none')}</Text>
        ) : (
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" aria-hidden visibleFrom="xs">
              <Text size="xs" fw={600} c="dimmed" style={{ flex: 1 }}>
                {t('tags.keyColumn')}
              </Text>
              <Text size="xs" fw={600} c="dimmed" style={{ flex: 1 }}>
                {t('tags.valueColumn')}
              </Text>
              <span style={{ width: 34 }} />
            </Group>
            {tags.map((_, index) => (
              <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  id={inputId(index, 'key')}
                  aria-label={t('tags.keyLabel', { index: index + 1 })}
                  placeholder={t('tags.keyPlaceholder')}
                  style={{ flex: 1, minWidth: 0 }}
                  {...form.getInputProps(`tags.${index}.key`)}
                />
                <TextInput
                  id={inputId(index, 'value')}
                  aria-label={t('tags.valueLabel', { index: index + 1 })}
                  placeholder={t('tags.valuePlaceholder')}
                  style={{ flex: 1, minWidth: 0 }}
                  {...form.getInputProps(`tags.${index}.value`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size={36}
                  aria-label={t('tags.remove', { index: index + 1 })}
                  onClick={() => form.removeListItem('tags', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
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
            onClick={addRow}
            disabled={tags.length >= maxTags}
          >
            {t('tags.add')}
          </Button>
          {tags.length >= maxTags && (
            <Text size="xs" c="dimmed">
              {t('tags.limitReached', { max: maxTags })}
            </Text>
          )}
        </Group>

        {reloadState === 'done' && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('tags.reloaded')}
          </Alert>
        )}
        {reloadState === 'failed' && (
          <Alert color="red" variant="light" role="alert">
            {t('change.reloadFailed')}
          </Alert>
        )}
        {update.isError && !fieldError && (
          <ChangeError
            error={update.error}
            region={sub.region}
            onReload={() => void reload()}
            reloading={reloadState === 'busy'}
          />
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            {t('dialog.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('tags.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
