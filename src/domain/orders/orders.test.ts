import { describe, expect, test } from 'vitest';
import type { Order, OrderRequest } from '../contract';
import { planPack } from './pack';
import { fingerprint, placeOrder, quoteOrder } from './place';
import { checkDisclaimer, checkRole, checkVersion } from './plan';
import { planRenewal } from './renew';
import { checkEditionUpgrade, planUpgrade } from './upgrade';
import {
  basicSub,
  DAY,
  HOUR,
  HZ,
  healthyWorld,
  NOW,
  paidOrder,
  paidSub,
  payPerUseSub,
  regionWith,
  req,
  SOME_DATA,
  worldWith,
} from '../test-utils/fixtures';
import { expectOk, expectRefused } from '../test-utils/result';
import { toIso } from '../time';
import { EMPTY_DATA, regionState, type World } from '../world';

const standard = (
  daysLeft = 200,
  quota = 10,
  assets = 8,
  over: Parameters<typeof paidSub>[0] = {},
) => regionWith(paidSub({ daysLeft, quota, ...over }), { ecs: assets, external: 0 });

type Upgrade = Extract<OrderRequest, { type: 'upgrade' }>;
const upgrade = (over: Partial<Upgrade> = {}) => req.upgrade(over) as Upgrade;

// ---- R5 ------------------------------------------------------------------------------------

describe('R5 renewal', () => {
  test('price = monthly price × quota × billed months (a year billed as 10 months)', () => {
    expect(
      expectOk(planRenewal(standard(), { validity: { unit: 'month', count: 1 } }, NOW)).quote
        .amount,
    ).toBe(8_000);
    expect(
      expectOk(planRenewal(standard(), { validity: { unit: 'month', count: 9 } }, NOW)).quote
        .amount,
    ).toBe(72_000);
    expect(
      expectOk(planRenewal(standard(), { validity: { unit: 'year', count: 1 } }, NOW)).quote.amount,
    ).toBe(80_000);
    const pro = regionWith(paidSub({ edition: 'professional', quota: 50 }), {
      ecs: 40,
      external: 2,
    });
    expect(
      expectOk(planRenewal(pro, { validity: { unit: 'year', count: 3 } }, NOW)).quote.amount,
    ).toBe(2_250_000);
  });

  test('the quote itemises the renewal', () => {
    const { quote } = expectOk(
      planRenewal(standard(), { validity: { unit: 'year', count: 1 } }, NOW),
    );
    expect(quote.currency).toBe('USD');
    expect(quote.items).toHaveLength(1);
    expect(quote.items[0]?.amount).toBe(quote.amount);
    expect(quote.items[0]?.description).toContain('billed 10 months');
  });

  test('new expiry = old expiry + calendar months, in UTC, with a month-end clamp', () => {
    const state = standard(0, 10, 8, { expiresAt: '2025-03-31T10:00:00.000Z' });
    const plan = expectOk(planRenewal(state, { validity: { unit: 'month', count: 1 } }, NOW));
    expect(plan.next.expiresAt).toBe('2025-04-30T10:00:00.000Z');
    expect(plan.quote.newExpiresAt).toBe('2025-04-30T10:00:00.000Z');
    const yearly = expectOk(planRenewal(state, { validity: { unit: 'year', count: 2 } }, NOW));
    expect(yearly.next.expiresAt).toBe('2027-03-31T10:00:00.000Z');
  });

  test('renewal keeps the quota, the edition and the tags', () => {
    const state = standard();
    const { next } = expectOk(planRenewal(state, { validity: { unit: 'month', count: 3 } }, NOW));
    expect(next).toEqual({ ...state.subscription, expiresAt: next.expiresAt });
  });

  test('RENEWAL_CANNOT_CHANGE_QUOTA when another quota is named; the current one is accepted', () => {
    const error = expectRefused(
      planRenewal(standard(), { validity: { unit: 'month', count: 1 }, quota: 11 }, NOW),
      'RENEWAL_CANNOT_CHANGE_QUOTA',
      {
        status: 422,
        field: 'quota',
      },
    );
    expect(error.details).toEqual({ quota: 10 });
    expectRefused(
      planRenewal(standard(), { validity: { unit: 'month', count: 1 }, quota: 9 }, NOW),
      'RENEWAL_CANNOT_CHANGE_QUOTA',
    );
    expectOk(planRenewal(standard(), { validity: { unit: 'month', count: 1 }, quota: 10 }, NOW));
  });

  test('offered while active, expiring and expired (R3: renewing within retention keeps everything)', () => {
    expectOk(planRenewal(standard(5), { validity: { unit: 'month', count: 1 } }, NOW));
    const expired = standard(-1);
    const plan = expectOk(planRenewal(expired, { validity: { unit: 'month', count: 1 } }, NOW));
    expect(plan.resetData).toBeFalsy();
    expect(plan.next.expiresAt).toBe(
      toIso(Date.parse(expired.subscription.expiresAt ?? '') + 31 * DAY),
    ); // 9 Mar → 9 Apr
  });

  test('R4 SUBSCRIPTION_RELEASED once released', () => {
    expectRefused(
      planRenewal(standard(-4), { validity: { unit: 'month', count: 1 } }, NOW),
      'SUBSCRIPTION_RELEASED',
      { status: 409 },
    );
    expectRefused(
      planRenewal(standard(-3), { validity: { unit: 'month', count: 1 } }, NOW),
      'SUBSCRIPTION_RELEASED',
    );
  });

  test('NOT_RENEWABLE for Basic and pay-per-use', () => {
    expectRefused(
      planRenewal(regionWith(basicSub()), { validity: { unit: 'month', count: 1 } }, NOW),
      'NOT_RENEWABLE',
      { status: 409 },
    );
    const ppu = expectRefused(
      planRenewal(regionWith(payPerUseSub()), { validity: { unit: 'month', count: 1 } }, NOW),
      'NOT_RENEWABLE',
    );
    expect(ppu.message).toContain('Pay-per-use');
  });

  test('R7 UPGRADE_REQUIRED while assets reach 120 % of the quota', () => {
    expectRefused(
      planRenewal(standard(120, 10, 12), { validity: { unit: 'month', count: 1 } }, NOW),
      'UPGRADE_REQUIRED',
      { status: 409 },
    );
    expectRefused(
      planRenewal(standard(5, 10, 13), { validity: { unit: 'month', count: 1 } }, NOW),
      'UPGRADE_REQUIRED',
    );
    expectOk(planRenewal(standard(120, 10, 11), { validity: { unit: 'month', count: 1 } }, NOW));
  });

  test('an expired subscription over 120 % may be renewed (upgradeRequired only while active or expiring)', () => {
    expectOk(planRenewal(standard(-1, 10, 13), { validity: { unit: 'month', count: 1 } }, NOW));
  });

  test('a validity outside 1–9 months or 1–3 years is refused', () => {
    expectRefused(
      planRenewal(standard(), { validity: { unit: 'month', count: 12 } }, NOW),
      'VALIDATION_FAILED',
      { field: 'validity.count' },
    );
    expectRefused(
      planRenewal(standard(), { validity: { unit: 'year', count: 5 } }, NOW),
      'VALIDATION_FAILED',
      { field: 'validity.count' },
    );
  });
});

// ---- R6, R8–R11 ---------------------------------------------------------------------------------

describe('R10 edition upgrade direction', () => {
  test('only up', () => {
    expect(expectOk(checkEditionUpgrade('basic', 'standard'))).toBe('standard');
    expect(expectOk(checkEditionUpgrade('standard', 'professional'))).toBe('professional');
    expectRefused(checkEditionUpgrade('professional', 'standard'), 'DOWNGRADE_NOT_ALLOWED', {
      status: 422,
      field: 'edition',
    });
    expectRefused(checkEditionUpgrade('standard', 'basic'), 'DOWNGRADE_NOT_ALLOWED', {
      field: 'edition',
    });
    expectRefused(checkEditionUpgrade('standard', 'standard'), 'NO_CHANGE', {
      status: 422,
      field: 'edition',
    });
  });
});

describe('R8/R9 upgrade of a subscription with time left', () => {
  test('the seed example: Standard 10 → 13 assets with 120 days left pays 9468 cents for the 3 extra', () => {
    const plan = expectOk(
      planUpgrade(standard(120, 10, 13), upgrade({ method: 'quota', quota: 13 }), NOW),
    );
    expect(plan.quote.amount).toBe(9468);
    expect(plan.quote.remainingDays).toBe(120);
    expect(plan.quote.items[0]?.amount).toBe(9468);
    expect(plan.next).toMatchObject({ edition: 'standard', quota: 13 });
    expect(plan.next.expiresAt).toBe(toIso(NOW + 120 * DAY)); // an upgrade ends with the subscription
    expect(plan.quote.newExpiresAt).toBe(plan.next.expiresAt);
  });

  test('a part of a day counts as a day left', () => {
    const plan = expectOk(planUpgrade(standard(119.5, 10, 8), upgrade({ quota: 13 }), NOW));
    expect(plan.quote.remainingDays).toBe(120);
    expect(plan.quote.amount).toBe(9468);
  });

  test('at least one day is charged', () => {
    const plan = expectOk(planUpgrade(standard(0.25, 10, 8), upgrade({ quota: 13 }), NOW));
    expect(plan.quote.remainingDays).toBe(1);
    expect(plan.quote.amount).toBe(79); // 2400 × 12 / 365 = 78.9
  });

  test('R9 edition upgrade Standard → Professional pays the difference of both editions', () => {
    const same = expectOk(
      planUpgrade(standard(120), upgrade({ method: 'edition', edition: 'professional' }), NOW),
    );
    expect(same.quote.amount).toBe(27_616); // 7000 × 12 × 120 / 365 = 27616.4
    expect(same.next).toMatchObject({
      edition: 'professional',
      quota: 10,
      billingMode: 'subscription',
    });
    const raised = expectOk(
      planUpgrade(
        standard(120),
        upgrade({ method: 'edition', edition: 'professional', quota: 13 }),
        NOW,
      ),
    );
    expect(raised.quote.amount).toBe(45_370); // (19500 − 8000) × 12 × 120 / 365 = 45369.9
    expect(raised.next).toMatchObject({ edition: 'professional', quota: 13 });
  });

  test('an upgrade is allowed while expiring and while an upgrade is required', () => {
    expectOk(planUpgrade(standard(3, 10, 13), upgrade({ quota: 13 }), NOW));
  });

  test('R6 QUOTA_BELOW_ASSETS: the quota must cover the billable assets', () => {
    const error = expectRefused(
      planUpgrade(standard(120, 10, 13), upgrade({ quota: 12 }), NOW),
      'QUOTA_BELOW_ASSETS',
      {
        status: 422,
        field: 'quota',
      },
    );
    expect(error.details).toMatchObject({ min: 13 });
    // an edition upgrade keeping quota 10 under 13 assets is refused too
    expectRefused(
      planUpgrade(
        standard(120, 10, 13),
        upgrade({ method: 'edition', edition: 'professional' }),
        NOW,
      ),
      'QUOTA_BELOW_ASSETS',
    );
  });

  test('R11 QUOTA_DECREASE_NOT_ALLOWED', () => {
    expectRefused(
      planUpgrade(standard(120, 10, 5), upgrade({ quota: 9 }), NOW),
      'QUOTA_DECREASE_NOT_ALLOWED',
      { status: 422, field: 'quota' },
    );
    expectRefused(
      planUpgrade(
        standard(120, 10, 5),
        upgrade({ method: 'edition', edition: 'professional', quota: 8 }),
        NOW,
      ),
      'QUOTA_DECREASE_NOT_ALLOWED',
    );
  });

  test('R11 QUOTA_LIMIT_EXCEEDED above 10 000; 10 000 is accepted', () => {
    expectRefused(
      planUpgrade(standard(), upgrade({ quota: 10_001 }), NOW),
      'QUOTA_LIMIT_EXCEEDED',
      { status: 422, field: 'quota' },
    );
    expect(expectOk(planUpgrade(standard(), upgrade({ quota: 10_000 }), NOW)).next.quota).toBe(
      10_000,
    );
  });

  test('R10 DOWNGRADE_NOT_ALLOWED', () => {
    const pro = regionWith(paidSub({ edition: 'professional' }));
    expectRefused(
      planUpgrade(pro, upgrade({ method: 'edition', edition: 'standard' }), NOW),
      'DOWNGRADE_NOT_ALLOWED',
      { field: 'edition' },
    );
    expectRefused(
      planUpgrade(pro, upgrade({ method: 'edition', edition: 'basic' }), NOW),
      'DOWNGRADE_NOT_ALLOWED',
    );
  });

  test('NO_CHANGE for the same edition and for the same quota', () => {
    expectRefused(
      planUpgrade(standard(), upgrade({ method: 'edition', edition: 'standard', quota: 12 }), NOW),
      'NO_CHANGE',
      {
        field: 'edition',
      },
    );
    const same = expectRefused(
      planUpgrade(standard(), upgrade({ method: 'quota', quota: 10 }), NOW),
      'NO_CHANGE',
      { field: 'quota' },
    );
    expect(same.details).toEqual({ min: 11 });
  });

  test('NOT_UPGRADABLE for pay-per-use and once expired', () => {
    expectRefused(
      planUpgrade(regionWith(payPerUseSub()), upgrade({ quota: 20 }), NOW),
      'NOT_UPGRADABLE',
      { status: 409 },
    );
    expectRefused(
      planUpgrade(
        regionWith(payPerUseSub()),
        upgrade({ method: 'edition', edition: 'professional' }),
        NOW,
      ),
      'NOT_UPGRADABLE',
    );
    const expired = expectRefused(
      planUpgrade(standard(-1), upgrade({ quota: 20 }), NOW),
      'NOT_UPGRADABLE',
      { status: 409 },
    );
    expect(expired.message).toContain('Renew');
  });

  test('the request must say what to upgrade', () => {
    expectRefused(planUpgrade(standard(), upgrade({ method: 'quota' }), NOW), 'VALIDATION_FAILED', {
      field: 'quota',
    });
    expectRefused(
      planUpgrade(standard(), upgrade({ method: 'edition' }), NOW),
      'VALIDATION_FAILED',
      { field: 'edition' },
    );
    expectRefused(
      planUpgrade(
        standard(),
        upgrade({ method: 'quota', edition: 'professional', quota: 12 }),
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        field: 'edition',
      },
    );
    expect(
      expectOk(
        planUpgrade(standard(), upgrade({ method: 'quota', edition: 'standard', quota: 12 }), NOW),
      ).next.quota,
    ).toBe(12);
  });

  test('an upgrade of a running subscription cannot choose a validity or another billing mode', () => {
    expectRefused(
      planUpgrade(standard(), upgrade({ quota: 12, validity: { unit: 'year', count: 1 } }), NOW),
      'VALIDATION_FAILED',
      {
        field: 'validity',
      },
    );
    expectRefused(
      planUpgrade(
        standard(),
        upgrade({ method: 'edition', edition: 'professional', billingMode: 'pay-per-use' }),
        NOW,
      ),
      'VALIDATION_FAILED',
      { field: 'billingMode' },
    );
    expectOk(planUpgrade(standard(), upgrade({ quota: 12, billingMode: 'subscription' }), NOW));
  });

  test('R12 tags sent with an upgrade replace the subscription tags; bad tags are refused', () => {
    const plan = expectOk(
      planUpgrade(standard(), upgrade({ quota: 12, tags: [{ key: '项目', value: 'alpha' }] }), NOW),
    );
    expect(plan.next.tags).toEqual([{ key: '项目', value: 'alpha' }]);
    expect(expectOk(planUpgrade(standard(), upgrade({ quota: 12 }), NOW)).next.tags).toEqual([
      { key: 'env', value: 'production' },
    ]);
    expectRefused(
      planUpgrade(standard(), upgrade({ quota: 12, tags: [{ key: '', value: 'x' }] }), NOW),
      'VALIDATION_FAILED',
      {
        field: 'tags.0.key',
      },
    );
  });
});

describe('R17 new purchase from Basic or from a released subscription', () => {
  const basic = regionWith(basicSub(), { ecs: 2, external: 1 });
  const buy = (over: Partial<Upgrade> = {}) =>
    upgrade({
      method: 'edition',
      edition: 'standard',
      quota: 10,
      validity: { unit: 'year', count: 1 },
      ...over,
    });

  test('pays monthly price × quota × billed months; expiresAt = now + validity', () => {
    const plan = expectOk(planUpgrade(basic, buy(), NOW));
    expect(plan.quote.amount).toBe(80_000);
    expect(plan.quote.newExpiresAt).toBe('2026-03-10T08:00:00.000Z');
    expect(plan.next).toMatchObject({
      edition: 'standard',
      billingMode: 'subscription',
      quota: 10,
      expiresAt: '2026-03-10T08:00:00.000Z',
      startedAt: toIso(NOW),
      packs: [],
      autoRenew: false,
    });
    const monthly = expectOk(
      planUpgrade(
        basic,
        buy({ edition: 'professional', quota: 3, validity: { unit: 'month', count: 2 } }),
        NOW,
      ),
    );
    expect(monthly.quote.amount).toBe(9_000);
    expect(monthly.next.expiresAt).toBe('2025-05-10T08:00:00.000Z');
  });

  test('from a released subscription: a new term, the removed data stays removed', () => {
    const released = standard(-4, 10, 8);
    const plan = expectOk(planUpgrade(released, buy({ quota: 12 }), NOW));
    expect(plan.quote.amount).toBe(96_000);
    expect(plan.next).toMatchObject({
      edition: 'standard',
      quota: 12,
      expiresAt: '2026-03-10T08:00:00.000Z',
      startedAt: toIso(NOW),
    });
    expect(plan.resetData).toBe(true);
    // the same edition as before may be bought again once released
    expect(plan.next.id).toBe(released.subscription.id);
  });

  test('pay-per-use is offered for Professional only, with no quota and no validity', () => {
    const plan = expectOk(
      planUpgrade(
        basic,
        upgrade({ method: 'edition', edition: 'professional', billingMode: 'pay-per-use' }),
        NOW,
      ),
    );
    expect(plan.quote).toMatchObject({ amount: 0, hourlyRate: 3, newExpiresAt: null });
    expect(plan.next).toMatchObject({
      edition: 'professional',
      billingMode: 'pay-per-use',
      quota: null,
      expiresAt: null,
    });
    expectRefused(
      planUpgrade(
        basic,
        upgrade({ method: 'edition', edition: 'standard', billingMode: 'pay-per-use' }),
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        field: 'billingMode',
      },
    );
    expectRefused(
      planUpgrade(
        basic,
        buy({ edition: 'professional', billingMode: 'pay-per-use', validity: undefined }),
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        field: 'quota',
      },
    );
    expectRefused(
      planUpgrade(
        basic,
        upgrade({
          method: 'edition',
          edition: 'professional',
          billingMode: 'pay-per-use',
          validity: { unit: 'month', count: 1 },
        }),
        NOW,
      ),
      'VALIDATION_FAILED',
      { field: 'validity' },
    );
  });

  test('a new purchase needs an edition, a validity and a quota covering the assets', () => {
    expectRefused(planUpgrade(basic, buy({ method: 'quota' }), NOW), 'NOT_UPGRADABLE', {
      status: 409,
      field: 'method',
    });
    expectRefused(planUpgrade(basic, buy({ edition: undefined }), NOW), 'VALIDATION_FAILED', {
      field: 'edition',
    });
    expectRefused(planUpgrade(basic, buy({ edition: 'basic' }), NOW), 'NO_CHANGE', {
      field: 'edition',
    });
    expectRefused(planUpgrade(basic, buy({ validity: undefined }), NOW), 'VALIDATION_FAILED', {
      field: 'validity',
    });
    expectRefused(
      planUpgrade(basic, buy({ validity: { unit: 'month', count: 10 } }), NOW),
      'VALIDATION_FAILED',
      { field: 'validity.count' },
    );
    expectRefused(planUpgrade(basic, buy({ quota: undefined }), NOW), 'VALIDATION_FAILED', {
      field: 'quota',
    });
    expectRefused(planUpgrade(basic, buy({ quota: 2 }), NOW), 'QUOTA_BELOW_ASSETS', {
      field: 'quota',
    });
    expectOk(planUpgrade(basic, buy({ quota: 3 }), NOW));
    expectRefused(planUpgrade(basic, buy({ quota: 10_001 }), NOW), 'QUOTA_LIMIT_EXCEEDED', {
      field: 'quota',
    });
    expectRefused(
      planUpgrade(
        basic,
        buy({ tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: '' })) }),
        NOW,
      ),
      'VALIDATION_FAILED',
      {
        field: 'tags',
      },
    );
  });
});

// ---- packs ----------------------------------------------------------------------------------------

describe('value-added packs', () => {
  test('priced pro rata like an upgrade and ending with the subscription', () => {
    const plan = expectOk(planPack(standard(120), { pack: 'log-storage-100gb', quantity: 2 }, NOW));
    expect(plan.quote.amount).toBe(15_781); // 4000 × 12 × 120 / 365 = 15780.8
    expect(plan.quote.remainingDays).toBe(120);
    expect(plan.quote.newExpiresAt).toBe(toIso(NOW + 120 * DAY));
    expect(plan.next.packs).toEqual([{ pack: 'log-storage-100gb', quantity: 2 }]);
    expect(plan.next.expiresAt).toBe(toIso(NOW + 120 * DAY));
  });

  test('a second purchase of a pack adds to the quantity held', () => {
    const state = standard(120, 10, 8, {
      packs: [{ pack: 'web-tamper-protection', quantity: 60 }],
    });
    const plan = expectOk(planPack(state, { pack: 'web-tamper-protection', quantity: 40 }, NOW));
    expect(plan.next.packs).toEqual([{ pack: 'web-tamper-protection', quantity: 100 }]);
    const over = expectRefused(
      planPack(state, { pack: 'web-tamper-protection', quantity: 41 }, NOW),
      'VALIDATION_FAILED',
      { field: 'quantity' },
    );
    expect(over.details).toMatchObject({ max: 40 });
  });

  test('quantity 1–100', () => {
    expectOk(planPack(standard(), { pack: 'anti-ransomware-100gb', quantity: 1 }, NOW));
    expectOk(planPack(standard(), { pack: 'anti-ransomware-100gb', quantity: 100 }, NOW));
    expectRefused(
      planPack(standard(), { pack: 'anti-ransomware-100gb', quantity: 0 }, NOW),
      'VALIDATION_FAILED',
      { status: 422, field: 'quantity' },
    );
    expectRefused(
      planPack(standard(), { pack: 'anti-ransomware-100gb', quantity: 101 }, NOW),
      'VALIDATION_FAILED',
      { field: 'quantity' },
    );
    expectRefused(
      planPack(standard(), { pack: 'anti-ransomware-100gb', quantity: -1 }, NOW),
      'VALIDATION_FAILED',
      { field: 'quantity' },
    );
  });

  test('an unknown pack is refused', () => {
    expectRefused(
      planPack(standard(), { pack: 'gold-support', quantity: 1 }, NOW),
      'VALIDATION_FAILED',
      { field: 'pack' },
    );
  });

  test('only for a live subscription-billed edition', () => {
    expectRefused(
      planPack(regionWith(basicSub()), { pack: 'log-storage-100gb', quantity: 1 }, NOW),
      'NOT_UPGRADABLE',
      { status: 409 },
    );
    expectRefused(
      planPack(regionWith(payPerUseSub()), { pack: 'log-storage-100gb', quantity: 1 }, NOW),
      'NOT_UPGRADABLE',
    );
    expectRefused(
      planPack(standard(-1), { pack: 'log-storage-100gb', quantity: 1 }, NOW),
      'NOT_UPGRADABLE',
    );
    expectRefused(
      planPack(standard(-5), { pack: 'log-storage-100gb', quantity: 1 }, NOW),
      'NOT_UPGRADABLE',
    );
    expectOk(planPack(standard(2), { pack: 'log-storage-100gb', quantity: 1 }, NOW));
  });
});

// ---- unsubscribe -------------------------------------------------------------------------------------

// ---- R13, R14, versions ----------------------------------------------------------------------------------

describe('R14 role', () => {
  test('admin may buy; readonly is FORBIDDEN with a link to Assigning permissions', () => {
    expectOk(checkRole('admin'));
    const error = expectRefused(checkRole('readonly'), 'FORBIDDEN', { status: 403 });
    expect(error.details).toMatchObject({ helpUrl: '/help/permissions' });
  });
});

describe('R13 disclaimer', () => {
  test('required before Pay Now, except for an unsubscribe', () => {
    expectOk(checkDisclaimer(req.renew()));
    expectRefused(
      checkDisclaimer(req.renew({ disclaimerAccepted: false })),
      'DISCLAIMER_NOT_ACCEPTED',
      {
        status: 422,
        field: 'disclaimerAccepted',
      },
    );
    expectRefused(
      checkDisclaimer(req.upgrade({ disclaimerAccepted: false })),
      'DISCLAIMER_NOT_ACCEPTED',
    );
    expectRefused(
      checkDisclaimer(req.pack({ disclaimerAccepted: false })),
      'DISCLAIMER_NOT_ACCEPTED',
    );
    expectOk(checkDisclaimer(req.unsubscribe()));
  });
});

describe('optimistic version', () => {
  test('VERSION_CONFLICT for a stale expectedVersion', () => {
    expectOk(checkVersion(paidSub({ version: 3 }), 3));
    const error = expectRefused(checkVersion(paidSub({ version: 3 }), 2), 'VERSION_CONFLICT', {
      status: 409,
      field: 'expectedVersion',
    });
    expect(error.details).toEqual({ currentVersion: 3, expectedVersion: 2 });
  });
});

// ---- quotes and orders ---------------------------------------------------------------------------------

describe('POST /quotes: quoteOrder', () => {
  test('prices a request and changes nothing', () => {
    const world = healthyWorld();
    const before = structuredClone(world);
    const quote = expectOk(
      quoteOrder(world, req.renew({ validity: { unit: 'year', count: 1 } }), NOW),
    );
    expect(quote.amount).toBe(80_000);
    expect(world).toEqual(before);
  });
  test('NOT_FOUND for an unknown subscription', () => {
    expectRefused(
      quoteOrder(healthyWorld(), req.renew({ subscriptionId: 'nope' }), NOW),
      'NOT_FOUND',
      { status: 404, field: 'subscriptionId' },
    );
  });
  test('a quote is the rule error of the request', () => {
    expectRefused(
      quoteOrder(healthyWorld(), req.upgrade({ quota: 9 }), NOW),
      'QUOTA_DECREASE_NOT_ALLOWED',
    );
  });
});

describe('POST /orders: placeOrder', () => {
  test('creates a paid order, bumps the version and sends one payment message', () => {
    const world = healthyWorld();
    const placed = expectOk(placeOrder(world, req.renew(), 'key-1', NOW));
    expect(placed.replayed).toBe(false);
    expect(placed.order).toEqual<Order>({
      id: 'ORD-20250310-00001',
      type: 'renew',
      region: 'cn-hangzhou',
      subscriptionId: HZ,
      amount: 8_000,
      currency: 'USD',
      items: placed.order.items,
      status: 'paid',
      createdAt: toIso(NOW),
      edition: 'standard',
      // R18: a renewal covers the month after the expiry it extends
      span: { from: '2025-09-26T08:00:00.000Z', to: '2025-10-26T08:00:00.000Z' },
    });
    expect(placed.subscription.version).toBe(2);
    expect(placed.subscription.expiresAt).toBe('2025-10-26T08:00:00.000Z'); // 26 Sep + 1 month
    expect(placed.world.orders[0]).toEqual(placed.order);
    expect(regionState(placed.world, 'cn-hangzhou').subscription).toEqual(placed.subscription);
    expect(placed.world.messages.filter((m) => m.kind === 'payment-succeeded')).toHaveLength(1);
    expect(world).toEqual(healthyWorld()); // the input world is not mutated
  });

  test('R15 the order carries the edition after it', () => {
    const placed = expectOk(
      placeOrder(
        healthyWorld(),
        req.upgrade({ method: 'edition', edition: 'professional' }),
        'k',
        NOW,
      ),
    );
    expect(placed.order.edition).toBe('professional');
    expect(placed.subscription.edition).toBe('professional');
  });

  test('R14 FORBIDDEN for a readonly role, before any other rule', () => {
    const world = healthyWorld({ role: 'readonly' });
    const error = expectRefused(
      placeOrder(world, req.renew({ expectedVersion: 7 }), 'k', NOW),
      'FORBIDDEN',
      { status: 403 },
    );
    expect(error.details).toMatchObject({ helpUrl: '/help/permissions' });
  });

  test('VERSION_CONFLICT for a stale version', () => {
    expectRefused(
      placeOrder(healthyWorld(), req.renew({ expectedVersion: 0 }), 'k', NOW),
      'VERSION_CONFLICT',
      { status: 409 },
    );
  });

  test('R13 DISCLAIMER_NOT_ACCEPTED for an otherwise valid order', () => {
    expectRefused(
      placeOrder(healthyWorld(), req.renew({ disclaimerAccepted: false }), 'k', NOW),
      'DISCLAIMER_NOT_ACCEPTED',
      {
        field: 'disclaimerAccepted',
      },
    );
  });

  test('NOT_FOUND for an unknown subscription', () => {
    expectRefused(
      placeOrder(healthyWorld(), req.renew({ subscriptionId: 'sub-xx' }), 'k', NOW),
      'NOT_FOUND',
      { status: 404 },
    );
  });

  test('a new purchase resets the data of a released region; a renewal keeps it', () => {
    const released = worldWith([standard(-4)]);
    const bought = expectOk(
      placeOrder(
        released,
        req.upgrade({
          method: 'edition',
          edition: 'standard',
          quota: 10,
          validity: { unit: 'month', count: 1 },
        }),
        'k',
        NOW,
      ),
    );
    expect(regionState(bought.world, 'cn-hangzhou').data).toEqual(EMPTY_DATA);
    const renewed = expectOk(placeOrder(worldWith([standard(-1)]), req.renew(), 'k', NOW));
    expect(regionState(renewed.world, 'cn-hangzhou').data).toEqual(SOME_DATA);
  });

  test('an unsubscribe is an order with a negative amount; the region returns to Basic and its data is gone; orders stay', () => {
    const region = standard(120, 10, 8, { startedDaysAgo: 100 });
    const paid = paidOrder(region.subscription, 80_000, 100, {
      span: { from: toIso(NOW - 100 * DAY), to: region.subscription.expiresAt ?? '' },
    });
    const world = worldWith([region], { orders: [paid] });
    const placed = expectOk(placeOrder(world, req.unsubscribe(), 'k', NOW));
    // R18: 100 of 220 days consumed: round(80 000 × 100 / 220) = 36 364, refund 43 636
    expect(placed.order).toMatchObject({ type: 'unsubscribe', amount: -43_636, edition: 'basic' });
    expect(placed.subscription).toMatchObject({
      edition: 'basic',
      billingMode: 'free',
      version: 2,
    });
    expect(placed.world.orders).toHaveLength(2);
    expect(regionState(placed.world, 'cn-hangzhou').data).toEqual(EMPTY_DATA);
  });

  test('ids are unique across orders', () => {
    let world: World = healthyWorld();
    const ids = new Set<string>();
    for (let v = 1; v <= 5; v++) {
      const placed = expectOk(
        placeOrder(world, req.renew({ expectedVersion: v }), `k${v}`, NOW + v * HOUR),
      );
      ids.add(placed.order.id);
      world = placed.world;
    }
    expect(ids.size).toBe(5);
    expect(world.orders).toHaveLength(5);
  });
});

describe('idempotency', () => {
  test('the same key and body return the first order again; no second order', () => {
    const first = expectOk(placeOrder(healthyWorld(), req.renew(), 'key-1', NOW));
    const again = expectOk(placeOrder(first.world, req.renew(), 'key-1', NOW + HOUR));
    expect(again.replayed).toBe(true);
    expect(again.order).toEqual(first.order);
    expect(again.world).toBe(first.world);
    expect(again.world.orders).toHaveLength(1);
  });

  test('the body is compared by content, not by the order of its fields', () => {
    const first = expectOk(placeOrder(healthyWorld(), req.renew(), 'key-1', NOW));
    const { validity, ...rest } = req.renew() as Extract<OrderRequest, { type: 'renew' }>;
    const reordered = {
      validity: { count: validity.count, unit: validity.unit },
      ...rest,
    } as OrderRequest;
    expect(fingerprint(reordered)).toBe(fingerprint(req.renew()));
    expect(expectOk(placeOrder(first.world, reordered, 'key-1', NOW)).replayed).toBe(true);
  });

  test('the same key with another body is IDEMPOTENCY_KEY_REUSED', () => {
    const first = expectOk(placeOrder(healthyWorld(), req.renew(), 'key-1', NOW));
    const error = expectRefused(
      placeOrder(first.world, req.renew({ validity: { unit: 'month', count: 2 } }), 'key-1', NOW),
      'IDEMPOTENCY_KEY_REUSED',
      {
        status: 422,
      },
    );
    expect(error.details).toEqual({ orderId: first.order.id });
  });

  test('a retry with a new key cannot buy twice: its version is stale', () => {
    const first = expectOk(placeOrder(healthyWorld(), req.renew(), 'key-1', NOW));
    expectRefused(placeOrder(first.world, req.renew(), 'key-2', NOW), 'VERSION_CONFLICT');
  });

  test('a refused request does not use up its key', () => {
    const world = healthyWorld();
    expectRefused(
      placeOrder(world, req.renew({ disclaimerAccepted: false }), 'key-1', NOW),
      'DISCLAIMER_NOT_ACCEPTED',
    );
    expect(expectOk(placeOrder(world, req.renew(), 'key-1', NOW)).replayed).toBe(false);
  });

  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a key named like an Object property (%s) is an ordinary new key',
    (key) => {
      const first = expectOk(placeOrder(healthyWorld(), req.renew(), key, NOW));
      expect(first.replayed).toBe(false);
      const again = expectOk(placeOrder(first.world, req.renew(), key, NOW));
      expect(again.replayed).toBe(true);
      expect(again.world.orders).toHaveLength(1);
      // and it survives a round trip through JSON storage
      const stored = JSON.parse(JSON.stringify(first.world)) as World;
      expect(expectOk(placeOrder(stored, req.renew(), key, NOW)).replayed).toBe(true);
    },
  );
});
