import { describe, expect, it } from 'vitest';
import { catalogResponse } from '@/domain/catalog';
import type { Catalog, SubscriptionView } from '@/domain/contract';
import { upgradeOptions } from '@/domain/view';
import { EMPTY_DATA } from '@/domain/world';
import {
  availableMethods,
  buildUpgradeRequest,
  effectiveMethod,
  filledTags,
  higherEditions,
  initialForm,
  minimumQuota,
} from './upgrade-form';

const catalog = catalogResponse() as Catalog;
const year = { unit: 'year', count: 1 } as const;

function view(overrides: {
  edition?: SubscriptionView['subscription']['edition'];
  billingMode?: SubscriptionView['subscription']['billingMode'];
  quota?: number | null;
  assets?: number;
  actions?: Partial<SubscriptionView['actions']>;
}): SubscriptionView {
  const billingMode = overrides.billingMode ?? 'subscription';
  const buy = billingMode === 'free';
  const subscription: SubscriptionView['subscription'] = {
    id: 'sas-hz-0001',
    region: 'cn-hangzhou',
    edition: overrides.edition ?? 'standard',
    billingMode,
    quota: overrides.quota === undefined ? 10 : overrides.quota,
    expiresAt: buy ? null : '2027-01-01T00:00:00.000Z',
    startedAt: null,
    autoRenew: false,
    autoRenewMonths: null,
    tags: [{ key: 'env', value: 'production' }],
    packs: [],
    version: 3,
  };
  const assets = overrides.assets ?? 8;
  const actions = {
    renew: !buy,
    upgrade: buy || (overrides.edition ?? 'standard') !== 'professional',
    increaseQuota: !buy,
    buyPack: !buy,
    unsubscribe: !buy,
    buy,
    ...overrides.actions,
  };
  return {
    subscription,
    status: 'active',
    daysLeft: 120,
    billableAssets: { ecs: assets, external: 0, total: assets },
    usagePercent: 80,
    upgradeRequired: false,
    assetsBeforeUpgradeRequired: 4,
    upgradeThresholdAssets: 12,
    forecast: null,
    retentionEndsAt: null,
    retainedData: { ...EMPTY_DATA },
    effectiveEdition: overrides.edition ?? 'standard',
    actions,
    effectiveQuota: buy ? null : subscription.quota,
    autoRenewApplies: !buy,
    nearUpgradeThreshold: false,
    // what the API offers for these actions, as the domain computes it
    upgradeOptions: upgradeOptions(subscription, assets, actions),
  };
}

describe('the Upgrade wizard’s inputs', () => {
  it('offers the methods the API allows (R9) and keeps ?method= when it is one of them', () => {
    expect(availableMethods(view({}))).toEqual(['edition', 'quota']);
    expect(availableMethods(view({ edition: 'professional' }))).toEqual(['quota']);
    expect(availableMethods(view({ billingMode: 'free', quota: null }))).toEqual(['edition']);
    expect(effectiveMethod(view({}), 'edition')).toBe('edition');
    expect(effectiveMethod(view({}), null)).toBe('quota');
    expect(effectiveMethod(view({}), 'nonsense')).toBe('quota');
    expect(effectiveMethod(view({ edition: 'professional' }), 'edition')).toBe('quota');
    expect(effectiveMethod(view({ billingMode: 'free', quota: null }), 'quota')).toBe('edition');
    expect(
      effectiveMethod(view({ actions: { upgrade: false, increaseQuota: false } }), null),
    ).toBeNull();
  });

  it('offers only higher editions, from the catalog ranks (R10)', () => {
    expect(higherEditions(view({}), catalog).map((e) => e.id)).toEqual(['professional']);
    expect(higherEditions(view({ edition: 'professional' }), catalog)).toEqual([]);
    expect(
      higherEditions(view({ billingMode: 'free', quota: null }), catalog).map((e) => e.id),
    ).toEqual(['standard', 'professional']);
  });

  it('names the smallest quota: every billable asset, never below the current, above it for Increase Quota (R6, R11)', () => {
    expect(minimumQuota(view({ assets: 8 }), 'quota')).toBe(11);
    expect(minimumQuota(view({ assets: 8 }), 'edition')).toBe(10);
    expect(minimumQuota(view({ assets: 13 }), 'quota')).toBe(13);
    expect(minimumQuota(view({ billingMode: 'free', quota: null, assets: 0 }), 'edition')).toBe(1);
  });

  it('builds the order the API prices: upgrade with the pinned version, or a new purchase', () => {
    const current = view({ assets: 13 });
    const form = initialForm(current, catalog, 'quota', year);
    expect(buildUpgradeRequest(current, form)).toEqual({
      type: 'upgrade',
      subscriptionId: 'sas-hz-0001',
      expectedVersion: 3,
      disclaimerAccepted: false,
      method: 'quota',
      quota: 13,
      tags: [{ key: 'env', value: 'production' }],
    });
    expect(
      buildUpgradeRequest(current, { ...form, method: 'edition', edition: 'professional' }, true),
    ).toMatchObject({
      method: 'edition',
      edition: 'professional',
      quota: 13,
      disclaimerAccepted: true,
    });
    expect(buildUpgradeRequest(current, { ...form, quota: '' })).toBeNull();

    const basic = view({ billingMode: 'free', quota: null, edition: 'basic', assets: 2 });
    const purchase = initialForm(basic, catalog, 'edition', year);
    expect(buildUpgradeRequest(basic, purchase)).toMatchObject({
      method: 'edition',
      edition: 'standard',
      billingMode: 'subscription',
      quota: 2,
      validity: year,
      tags: [],
    });
    const payPerUse = buildUpgradeRequest(basic, {
      ...purchase,
      edition: 'professional',
      billingMode: 'pay-per-use',
    });
    expect(payPerUse).toMatchObject({ billingMode: 'pay-per-use', edition: 'professional' });
    expect(payPerUse).not.toHaveProperty('quota');
    expect(payPerUse).not.toHaveProperty('validity');
  });

  it('leaves out tag rows that are still completely empty (R12)', () => {
    expect(
      filledTags([
        { key: '', value: '' },
        { key: 'a', value: '' },
        { key: '', value: 'b' },
      ]),
    ).toEqual([
      { key: 'a', value: '' },
      { key: '', value: 'b' },
    ]);
  });
});
