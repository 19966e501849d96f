import { describe, expect, test } from 'vitest';
import {
  catalogResponse,
  DAY_MS,
  EDITIONS,
  LIFECYCLE,
  LIMITS,
  PACKS,
  REGIONS,
  VALIDITY,
} from './catalog';
import { CatalogSchema } from './contract';

describe('R17 editions', () => {
  test('Basic (free), Standard (subscription), Professional (subscription or pay-per-use), ranked 0–2', () => {
    expect(EDITIONS.basic).toMatchObject({ rank: 0, billingModes: ['free'], monthlyPrice: 0 });
    expect(EDITIONS.standard).toMatchObject({
      rank: 1,
      billingModes: ['subscription'],
      monthlyPrice: 800,
      hourlyPrice: null,
    });
    expect(EDITIONS.professional).toMatchObject({
      rank: 2,
      billingModes: ['subscription', 'pay-per-use'],
      monthlyPrice: 1500,
      hourlyPrice: 3,
    });
  });
  test('every feature of a lower edition is offered by the higher ones', () => {
    for (const f of EDITIONS.basic.features) expect(EDITIONS.standard.features).toContain(f);
    for (const f of EDITIONS.standard.features) expect(EDITIONS.professional.features).toContain(f);
  });
});

describe('the numbers of SPEC §1', () => {
  test('regions', () => {
    expect(REGIONS.map((r) => r.id)).toEqual([
      'cn-hangzhou',
      'ap-southeast-1',
      'eu-central-1',
      'us-east-1',
    ]);
  });
  test('packs', () => {
    expect(PACKS['log-storage-100gb'].monthlyPrice).toBe(2000);
    expect(PACKS['anti-ransomware-100gb'].monthlyPrice).toBe(1200);
    expect(PACKS['web-tamper-protection'].monthlyPrice).toBe(2500);
  });
  test('limits, validity, lifecycle', () => {
    expect(LIMITS).toMatchObject({
      maxQuota: 10_000,
      minPackQuantity: 1,
      maxPackQuantity: 100,
      maxTags: 20,
      tagKeyMax: 36,
      tagValueMax: 43,
    });
    expect(VALIDITY).toEqual({
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      years: [1, 2, 3],
      billedMonthsPerYear: 10,
    });
    expect(LIFECYCLE).toMatchObject({
      reminderDays: 7,
      retentionDays: 3,
      upgradeThreshold: { num: 6, den: 5 },
      fullRefundDays: 5,
    });
    expect(DAY_MS).toBe(86_400_000);
  });
});

describe('GET /catalog body', () => {
  test('parses with CatalogSchema and carries the limits and the 120 % threshold', () => {
    const catalog = CatalogSchema.parse(catalogResponse());
    expect(catalog.limits.maxQuota).toBe(10_000);
    expect(catalog.lifecycle.upgradeThresholdPercent).toBe(120);
    expect(catalog.editions.map((e) => e.id)).toEqual(['basic', 'standard', 'professional']);
    expect(catalog.packs).toHaveLength(3);
  });
  test('is a copy: changing it does not change the catalog', () => {
    const catalog = catalogResponse();
    catalog.editions[1]?.billingModes.push('free');
    expect(EDITIONS.standard.billingModes).toEqual(['subscription']);
  });
});
