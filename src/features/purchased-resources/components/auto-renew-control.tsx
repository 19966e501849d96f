import { Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '@/components/live-announcer';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { useUpdateSubscription } from '../api/update-subscription';
import { autoRenewOptions, monthsText, MONTHS_PER_YEAR } from './auto-renew';
import { ChangeError } from './change-error';

export type AutoRenewControlProps = {
  view: SubscriptionView;
  catalog: Catalog;
  /** VERSION_CONFLICT: refetch the list */
  onReload: () => Promise<unknown>;
};

/**
 * Auto-renew (R5): a switch and its validity, saved at once with PATCH /subscriptions/:id.
 * Offered where renewal is (`actions.renew`); elsewhere the current setting is shown as text.
 */
export function AutoRenewControl({ view, catalog, onReload }: AutoRenewControlProps) {
  const { t } = useTranslation('purchased-resources');
  const { t: tp } = useTranslation('purchase');
  const { t: tc } = useTranslation();
  const update = useUpdateSubscription();
  const [reloading, setReloading] = useState(false);
  const sub = view.subscription;
  const region = tc(`regions.${sub.region}`);
  const options = autoRenewOptions(catalog.validity);

  if (!view.actions.renew) {
    let text: string;
    if (!view.autoRenewApplies) text = t('autoRenew.notApplicable');
    else if (sub.autoRenew && sub.autoRenewMonths !== null)
      text = t('autoRenew.onFor', { validity: monthsText(sub.autoRenewMonths, tp) });
    else text = t('autoRenew.off');
    return (
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    );
  }

  const pending = update.isPending ? update.variables.body : undefined;
  const checked = pending?.autoRenew ?? sub.autoRenew;
  const months =
    pending?.autoRenewMonths ??
    sub.autoRenewMonths ??
    (options.includes(MONTHS_PER_YEAR) ? MONTHS_PER_YEAR : (options[0] ?? 1));

  const save = (autoRenew: boolean, autoRenewMonths: number) =>
    update.mutate(
      {
        subscriptionId: sub.id,
        body: { autoRenew, autoRenewMonths, expectedVersion: sub.version },
      },
      {
        onSuccess: () =>
          announce(
            autoRenew
              ? t('autoRenew.savedOn', { region, validity: monthsText(autoRenewMonths, tp) })
              : t('autoRenew.savedOff', { region }),
          ),
      },
    );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap={6} aria-busy={update.isPending}>
      <Group gap="xs" wrap="nowrap">
        <Switch
          checked={checked}
          onChange={(event) => save(event.currentTarget.checked, months)}
          disabled={update.isPending}
          aria-label={t('autoRenew.switchLabel', { region })}
          size="md"
        />
        <Select
          aria-label={t('autoRenew.validityLabel', { region })}
          data={options.map((value) => ({ value: String(value), label: monthsText(value, tp) }))}
          value={String(months)}
          onChange={(value) => value && save(true, Number(value))}
          disabled={!checked || update.isPending}
          allowDeselect={false}
          size="xs"
          w={116}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      {update.isError && (
        <ChangeError
          error={update.error}
          region={sub.region}
          onReload={() => void reload()}
          reloading={reloading}
          compact
        />
      )}
    </Stack>
  );
}
