import { useTranslation } from 'react-i18next';
import { PurchaseDialog } from '@/components/purchase/purchase-dialog';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import type { QuoteDocument } from '@/domain/contract-quotes';
import { useNotificationsHost } from '@/lib/notifications-host';
import { PackForm } from './pack-dialog';
import type { DialogKind } from './resource-actions';
import { TagsForm } from './tags-dialog';
import { UnsubscribeForm } from './unsubscribe-dialog';

/** What each dialog's body is given. */
export type DialogBodyProps = {
  /** the row as the customer saw it when they opened the dialog: its version is what the order expects */
  view: SubscriptionView;
  onClose: () => void;
  /** VERSION_CONFLICT: the subscription's latest state */
  onReload: (subscriptionId: string) => Promise<SubscriptionView | undefined>;
};

/**
 * The dialog a row's action opened (R12, R16): Buy Value-add Pack, Unsubscribe or the tags,
 * titled with the region, in the purchase kit's dialog frame.
 */
export function ResourceDialog({
  kind,
  opened,
  catalog,
  quote,
  payingRequest,
  ...body
}: DialogBodyProps & {
  kind: DialogKind;
  opened: boolean;
  catalog: Catalog;
  /** issue 24: the quote document the pack dialog was reopened from */
  quote?: QuoteDocument | undefined;
  /** issue 24: the purchase request the pack dialog pays */
  payingRequest?: string;
}) {
  const { t } = useTranslation('purchased-resources');
  const { t: tc } = useTranslation();
  useNotificationsHost(); // a saved change of the tags is confirmed by a notification
  const region = tc(`regions.${body.view.subscription.region}`);
  const dialogs = {
    pack: {
      title: t('pack.title', { region }),
      content: <PackForm {...body} catalog={catalog} quote={quote} payingRequest={payingRequest} />,
    },
    unsubscribe: {
      title: t('unsubscribe.title', { region }),
      content: <UnsubscribeForm {...body} />,
    },
    tags: { title: t('tags.title', { region }), content: <TagsForm {...body} catalog={catalog} /> },
  };
  const { title, content } = dialogs[kind];
  return (
    <PurchaseDialog opened={opened} onClose={body.onClose} title={title}>
      {content}
    </PurchaseDialog>
  );
}
