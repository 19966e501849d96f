import { useTranslation } from 'react-i18next';
import { PurchasePage } from '@/components/purchase/purchase-page';
import { UpgradeWizard } from './upgrade-wizard';

/**
 * SPEC §3 `/upgrade/:subscriptionId?method=edition|quota` (R6, R8–R12): current configuration →
 * method, version, quota, tags with a live quote → review, Disclaimer, Pay Now → result. From
 * Basic or a released subscription it is a new purchase (edition, billing method, quota, validity).
 */
export function UpgradePage() {
  const { t } = useTranslation('upgrade');
  const { t: tc } = useTranslation();
  return (
    <PurchasePage
      heading={(view, id) => {
        if (!view) return { title: t('title'), description: t('descriptionLoading', { id }) };
        const region = tc(`regions.${view.subscription.region}`);
        // from Basic or a released subscription the API offers a new purchase (`actions.buy`)
        return view.actions.buy
          ? { title: t('titleBuy'), description: t('descriptionBuy', { id, region }) }
          : { title: t('title'), description: t('description', { id, region }) };
      }}
      wizard={(input) => <UpgradeWizard {...input} />}
    />
  );
}
