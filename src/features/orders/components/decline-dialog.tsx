import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PURCHASE_REQUEST_NOTE_MAX } from '@/domain/contract';
import { fieldErrorMessage, useErrorMessage } from '@/lib/error-message';
import { useDeclinePurchaseRequest } from '@/lib/purchase-requests';

/** Issue 24: Decline asks for a reason (the requester sees it); the API decides whether it may. */
export function DeclineDialog({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation('requests');
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const decline = useDeclinePurchaseRequest();
  const reasonError = missing
    ? t('declineDialog.required')
    : fieldErrorMessage(decline.error, 'reason');
  const otherError =
    decline.error && !reasonError && !missing ? errorMessage(decline.error) : undefined;

  return (
    <Modal opened onClose={onClose} title={t('declineDialog.title', { id: requestId })}>
      <Stack
        component="form"
        gap="md"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') return setMissing(true);
          decline.mutate({ id: requestId, reason: reason.trim() }, { onSuccess: onClose });
        }}
      >
        <Textarea
          label={t('declineDialog.reason')}
          description={t('declineDialog.reasonHint', { max: PURCHASE_REQUEST_NOTE_MAX })}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          maxLength={PURCHASE_REQUEST_NOTE_MAX}
          withAsterisk
          aria-required
          rows={3}
          error={reasonError}
          data-autofocus
        />
        {otherError && (
          <Text size="sm" c="red.8" role="alert">
            {otherError}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={decline.isPending}>
            {t('declineDialog.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={decline.isPending}>
            {t('declineDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
