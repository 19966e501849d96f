import { describe, expect, test } from 'vitest';
import {
  configurationMonthlyCost,
  monthlyCost,
  packMonthlyCost,
  proRataFee,
  remainingDaysForFee,
  roundHalfUp,
  termPrice,
} from './pricing';

describe('round half up on integers', () => {
  test.each([
    [0, 1, 0],
    [1, 2, 1], // 0.5 → 1
    [3, 2, 2], // 1.5 → 2
    [5, 2, 3], // 2.5 → 3
    [1, 3, 0], // 0.33 → 0
    [2, 3, 1], // 0.67 → 1
    [7, 4, 2], // 1.75 → 2
    [5, 4, 1], // 1.25 → 1
    [3456000, 365, 9468], // 9468.49
    [3456183, 365, 9469], // 9468.99
    [10, 5, 2],
  ])('%i / %i → %i', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });
});

describe('R17 list prices', () => {
  test('monthly price × quota', () => {
    expect(monthlyCost('standard', 10)).toBe(8000);
    expect(monthlyCost('professional', 10)).toBe(15000);
    expect(monthlyCost('basic', 10)).toBe(0);
  });
});

describe('R5 term price = monthly price × quota × billed months', () => {
  test.each([
    ['standard', 10, { unit: 'month', count: 1 }, 8_000],
    ['standard', 10, { unit: 'month', count: 9 }, 72_000],
    ['standard', 10, { unit: 'year', count: 1 }, 80_000], // billed 10 months
    ['standard', 10, { unit: 'year', count: 3 }, 240_000],
    ['professional', 50, { unit: 'year', count: 1 }, 750_000],
    ['professional', 1, { unit: 'month', count: 2 }, 3_000],
  ] as const)('%s × %i × %o = %i cents', (edition, quota, validity, amount) => {
    expect(termPrice(edition, quota, validity)).toBe(amount);
  });
});

describe('R8 pro-rata fee', () => {
  test('the seed example: Standard quota 10 → 13 with 120 days left pays 9468 cents', () => {
    const delta = monthlyCost('standard', 13) - monthlyCost('standard', 10);
    expect(delta).toBe(2400);
    expect(proRataFee(delta, 120)).toBe(9468);
  });
  test('an edition upgrade Standard → Professional at quota 10 with 120 days left', () => {
    // (15000 − 8000) × 12 × 120 / 365 = 27616.44
    expect(proRataFee(monthlyCost('professional', 10) - monthlyCost('standard', 10), 120)).toBe(
      27616,
    );
  });
  test('a full year of a monthly delta is 12 months', () => {
    expect(proRataFee(1000, 365)).toBe(12_000);
  });
  test('no delta costs nothing', () => {
    expect(proRataFee(0, 200)).toBe(0);
  });
  test('remaining days are at least 1', () => {
    expect(remainingDaysForFee(120)).toBe(120);
    expect(remainingDaysForFee(1)).toBe(1);
    expect(remainingDaysForFee(0)).toBe(1);
    expect(remainingDaysForFee(-2)).toBe(1);
  });
});

describe('value-added packs and the whole configuration', () => {
  test('pack monthly price × quantity', () => {
    expect(packMonthlyCost('log-storage-100gb', 3)).toBe(6000);
    expect(packMonthlyCost('anti-ransomware-100gb', 1)).toBe(1200);
    expect(packMonthlyCost('web-tamper-protection', 2)).toBe(5000);
  });
  test('edition × quota + packs', () => {
    expect(
      configurationMonthlyCost({
        edition: 'standard',
        quota: 10,
        packs: [
          { pack: 'log-storage-100gb', quantity: 2 },
          { pack: 'web-tamper-protection', quantity: 1 },
        ],
      }),
    ).toBe(8000 + 4000 + 2500);
    expect(configurationMonthlyCost({ edition: 'professional', quota: null, packs: [] })).toBe(0);
  });
});
