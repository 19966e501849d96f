import { useTranslation } from 'react-i18next';
import { PurchasePage } from '@/components/purchase/purchase-page';
import { RenewWizard } from './renew-wizard';

/**
 * SPEC §3 `/renew/:subscriptionId` (R5): order details with the quota locked → validity →
 * review, Disclaimer, Pay Now → result. What the API refuses up front (upgrade required,
 * released, not renewable) is shown as the way forward instead of the wizard.
 */
export function RenewPage() {
  const { t } = useTranslation('renew');
  const { t: tc } = useTranslation();
  return (
    <PurchasePage
      heading={(view, id) => ({
        title: t('title'),
        description: view
          ? t('description', { id, region: tc(`regions.${view.subscription.region}`) })
          : t('descriptionLoading', { id }),
      })}
      wizard={(input) => <RenewWizard {...input} />}
    />
  );
}
