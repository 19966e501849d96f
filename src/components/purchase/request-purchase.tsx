import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { PURCHASE_REQUEST_NOTE_MAX, type OrderRequest, type RegionId } from '@/domain/contract';
import { fieldErrorMessage, useErrorMessage } from '@/lib/error-message';
import { requestableOrder, useCreatePurchaseRequest } from '@/lib/purchase-requests';

/**
 * Issue 24: beside a purchase refused for want of the permission (R14), the way through the
 * company: ask the account's administrators to pay for exactly these choices, with a note.
 * Then who was asked and where to follow it.
 */
export function RequestPurchase({ body, region }: { body: OrderRequest; region?: RegionId }) {
  const { t } = useTranslation('requests');
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const create = useCreatePurchaseRequest();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const order = requestableOrder(body);
  if (!order) return null;

  if (create.data) {
    return (
      <Alert
        role="status"
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title={t('ask.sentTitle', { id: create.data.id })}
      >
        <Stack gap="xs">
          <Text size="sm">{t('ask.sent')}</Text>
          <Anchor component={Link} to={paths.orders.getHref(region, 'requests')} size="sm" fw={600}>
            {t('ask.view')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }

  if (!open) {
    return (
      <Group>
        <Button
          variant="light"
          leftSection={<IconSend size={16} aria-hidden />}
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => noteRef.current?.focus());
          }}
        >
          {t('ask.open')}
        </Button>
      </Group>
    );
  }

  const noteError = fieldErrorMessage(create.error, 'note');
  const otherError = create.error && !noteError ? errorMessage(create.error) : undefined;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = note.trim();
        create.mutate({ order, ...(trimmed !== '' && { note: trimmed }) });
      }}
    >
      <Stack gap="sm">
        <Text fw={700} id={titleId}>
          {t('ask.open')}
        </Text>
        <Text size="sm">{t('ask.intro')}</Text>
        <Textarea
          ref={noteRef}
          label={t('ask.note')}
          description={t('ask.noteHint', { max: PURCHASE_REQUEST_NOTE_MAX })}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={PURCHASE_REQUEST_NOTE_MAX}
          rows={3}
          error={noteError}
        />
        {otherError && (
          <Text size="sm" c="red.8" role="alert">
            {otherError}
          </Text>
        )}
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            leftSection={<IconSend size={16} aria-hidden />}
          >
            {t('ask.send')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)} disabled={create.isPending}>
            {t('ask.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
