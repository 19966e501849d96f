import { Button, Group, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame of a dialog that buys or changes something from Purchased Resources (a pack,
 * tags, an unsubscribe): a titled modal whose body mounts afresh each time it opens, so it
 * starts from the row as the customer saw it.
 */
export function PurchaseDialog({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('purchase');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialog.closeDialog') }}
    >
      {children}
    </Modal>
  );
}

/**
 * The buttons under a dialog: Cancel (unavailable while the order or change is sent), then
 * the primary action at the right. `cancelFocus`: Cancel takes the focus when the dialog
 * opens (a destructive dialog).
 */
export function DialogFooter({
  onCancel,
  busy,
  cancelFocus = false,
  children,
}: {
  onCancel: () => void;
  busy: boolean;
  cancelFocus?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('purchase');
  return (
    <Group justify="flex-end" gap="sm">
      <Button
        variant="default"
        onClick={onCancel}
        disabled={busy}
        {...(cancelFocus ? { 'data-autofocus': true } : {})}
      >
        {t('dialog.cancel')}
      </Button>
      {children}
    </Group>
  );
}
