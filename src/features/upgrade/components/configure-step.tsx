import { Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidityPicker } from '@/components/purchase/validity-picker';
import type { Catalog, SubscriptionView, Validity } from '@/domain/contract';
import { formatMoney, formatNumber } from '@/lib/format';
import type { PurchaseRequest } from '@/lib/quote';
import classes from './configure-step.module.css';
import { EditionDifferences } from './edition-differences';
import { QuotaField } from './quota-field';
import { QuotaSuggestion } from './quota-suggestion';
import { TagsEditor } from './tags-editor';
import {
  availableMethods,
  higherEditions,
  isNewPurchase,
  quotaRange,
  type UpgradeForm,
  type UpgradeMethod,
} from './upgrade-form';

export type ConfigureStepProps = {
  view: SubscriptionView;
  catalog: Catalog;
  form: UpgradeForm;
  onChange: (patch: Partial<UpgradeForm>) => void;
  onMethodChange: (method: UpgradeMethod) => void;
  /** the API's refusal for a field (`quota`, `edition`, `tags.0.key`…), in customer words */
  errorFor: (field: string) => ReactNode;
  /** the order to quote for a validity option (new purchase), null while incomplete */
  validityRequestFor: (validity: Validity) => PurchaseRequest | null;
  /** the live quote, beside the inputs */
  quote: ReactNode;
  quotaRef?: Ref<HTMLInputElement>;
};

/** Step 2 of Upgrade: method, version, quota, validity (new purchase), tags — and the live price beside them. */
export function ConfigureStep({
  view,
  catalog,
  form,
  onChange,
  onMethodChange,
  errorFor,
  validityRequestFor,
  quote,
  quotaRef,
}: ConfigureStepProps) {
  const { t, i18n } = useTranslation('upgrade');
  const { t: tc } = useTranslation();
  const lng = i18n.language;
  const sub = view.subscription;
  const buy = isNewPurchase(view);
  const methods = availableMethods(view);
  const editions = higherEditions(view, catalog);
  const chosen = catalog.editions.find((e) => e.id === form.edition);
  const payPerUseOffered = chosen?.billingModes.includes('pay-per-use') ?? false;
  const showEdition = buy || form.method === 'edition';
  const showQuota = !(buy && form.billingMode === 'pay-per-use');
  // the quotas on offer are the API's (R6, R11): the view names them for each method
  const range = quotaRange(view, form.method);
  const min = range?.min ?? 0;
  const max = range?.max ?? catalog.limits.maxQuota;
  const assets = view.billableAssets.total;
  const numbers = {
    min: formatNumber(min, lng),
    assets: formatNumber(assets, lng),
    quota: formatNumber(sub.quota ?? 0, lng),
  };
  const minReason = buy
    ? t('quota.min', numbers)
    : form.method === 'quota'
      ? t('quota.minIncrease', numbers)
      : t('quota.minExisting', numbers);

  return (
    <div className={classes.layout}>
      <div className={classes.choices}>
        <Stack gap="xl">
          {!buy && methods.length > 0 && (
            <Radio.Group
              label={t('method.label')}
              value={form.method}
              onChange={(value) => onMethodChange(value === 'edition' ? 'edition' : 'quota')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                {methods.map((method) => (
                  <ChoiceCard
                    key={method}
                    value={method}
                    title={t(`method.${method}`)}
                    description={t(`method.${method}Description`)}
                  />
                ))}
              </SimpleGrid>
            </Radio.Group>
          )}

          {showEdition && (
            <Stack gap="md">
              <Radio.Group
                label={t('edition.label')}
                description={buy ? t('edition.descriptionBuy') : t('edition.description')}
                value={form.edition ?? ''}
                onChange={(value) => {
                  const edition = editions.find((e) => e.id === value);
                  if (!edition) return;
                  onChange({
                    edition: edition.id,
                    // pay-per-use is offered for some editions only (R17)
                    billingMode: edition.billingModes.includes(form.billingMode)
                      ? form.billingMode
                      : 'subscription',
                  });
                }}
                error={errorFor('edition')}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                  {editions.map((edition) => (
                    <ChoiceCard
                      key={edition.id}
                      value={edition.id}
                      title={tc(`editions.${edition.id}`)}
                      price={t('edition.price', { price: formatMoney(edition.monthlyPrice, lng) })}
                      description={
                        buy && edition.hourlyPrice !== null
                          ? t('edition.hourly', { price: formatMoney(edition.hourlyPrice, lng) })
                          : undefined
                      }
                    />
                  ))}
                </SimpleGrid>
              </Radio.Group>
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {t('edition.differences')}
                </Title>
                <EditionDifferences
                  catalog={catalog}
                  current={view.effectiveEdition}
                  selected={form.edition}
                />
              </Stack>
            </Stack>
          )}

          {buy && (
            <Radio.Group
              label={t('billing.label')}
              value={form.billingMode}
              onChange={(value) =>
                onChange({ billingMode: value === 'pay-per-use' ? 'pay-per-use' : 'subscription' })
              }
              description={payPerUseOffered ? undefined : t('billing.payPerUseOnly')}
              error={errorFor('billingMode')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                {(['subscription', 'pay-per-use'] as const)
                  .filter((mode) => mode === 'subscription' || payPerUseOffered)
                  .map((mode) =>
                    mode === 'subscription' ? (
                      <ChoiceCard
                        key={mode}
                        value={mode}
                        title={t('billing.subscription')}
                        description={t('billing.subscriptionDescription')}
                      />
                    ) : (
                      <ChoiceCard
                        key={mode}
                        value={mode}
                        title={t('billing.payPerUse')}
                        description={t('billing.payPerUseDescription')}
                      />
                    ),
                  )}
              </SimpleGrid>
            </Radio.Group>
          )}

          {showQuota && (
            <QuotaField
              value={form.quota}
              onChange={(quota) => onChange({ quota })}
              min={min}
              minReason={minReason}
              max={max}
              thresholdPercent={catalog.lifecycle.upgradeThresholdPercent}
              error={errorFor('quota')}
              inputRef={quotaRef}
              suggestion={
                !buy && (
                  <QuotaSuggestion view={view} form={form} onUse={(quota) => onChange({ quota })} />
                )
              }
            />
          )}

          {buy && form.billingMode === 'subscription' && (
            <ValidityPicker
              options={catalog.validity}
              value={form.validity}
              onChange={(validity) => onChange({ validity })}
              requestFor={validityRequestFor}
              label={t('validity.label')}
              description={t('validity.description')}
              error={errorFor('validity')}
            />
          )}
        </Stack>
      </div>
      <div className={classes.quote}>{quote}</div>
      <div className={classes.extra}>
        <TagsEditor
          tags={form.tags}
          onChange={(tags) => onChange({ tags })}
          maxTags={catalog.limits.maxTags}
          keyMax={catalog.limits.tagKeyMax}
          valueMax={catalog.limits.tagValueMax}
          errorFor={errorFor}
        />
      </div>
    </div>
  );
}

/** One choice of a radio group as a card: its name, a price, and what it means. */
function ChoiceCard({
  value,
  title,
  price,
  description,
}: {
  value: string;
  title: string;
  price?: string;
  description?: string;
}) {
  return (
    <Radio.Card value={value} p="md" radius="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={2}>
          <Text fw={600}>{title}</Text>
          {price && <Text size="sm">{price}</Text>}
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
