import { useEffect, useMemo, useRef, useState } from 'react';
import { useKeptDraft } from '@/components/purchase/use-order-form';
import type { SubscriptionView } from '@/domain/contract';
import { readDraft } from '@/lib/wizard-draft';
import type { DialogKind } from './resource-actions';

const KEY = 'purchased-resources:dialog';

type DialogDraft = { values: { kind: DialogKind; subscriptionId: string } };

/** Whether the API still offers what each dialog does (the tags can always be edited). */
const OFFERED: Record<DialogKind, (view: SubscriptionView) => boolean> = {
  pack: (view) => view.actions.buyPack,
  unsubscribe: (view) => view.actions.unsubscribe,
  tags: () => true,
};

/**
 * A session that ends with a dialog open comes back, after signing in (or a reload), to the
 * same dialog of the same region (its choices are the dialog's own draft), if the API still
 * offers it. Kept like a wizard's draft: this tab only, gone once the dialog is closed or the
 * page left on purpose.
 */
export function useDialogDraft(
  dialog: { kind: DialogKind; view: SubscriptionView; opened: boolean } | null,
  items: SubscriptionView[] | undefined,
  open: (kind: DialogKind, view: SubscriptionView) => void,
) {
  // read before the first effect below clears it (no dialog is open yet)
  const [kept] = useState(() => (readDraft(KEY) as Partial<DialogDraft> | undefined)?.values);
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !kept || !items) return;
    restored.current = true;
    const view = items.find((item) => item.subscription.id === kept.subscriptionId);
    // a draft of another build, or tampered with, opens nothing
    if (view && Object.hasOwn(OFFERED, kept.kind) && OFFERED[kept.kind](view))
      open(kept.kind, view);
  }, [kept, items, open]);

  const kind = dialog?.kind;
  const subscriptionId = dialog?.view.subscription.id;
  const values = useMemo(() => ({ kind, subscriptionId }), [kind, subscriptionId]);
  useKeptDraft(KEY, values, !dialog?.opened);
}
