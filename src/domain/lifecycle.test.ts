import { describe, expect, test } from 'vitest';
import {
  isDataRetained,
  isProtected,
  retentionEndsAt,
  subscriptionDaysLeft,
  subscriptionStatus,
} from './lifecycle';
import { basicSub, DAY, NOW, paidSub, payPerUseSub } from './test-utils/fixtures';
import { toIso } from './time';

const expiresAt = NOW + 30 * DAY;
const sub = paidSub({ expiresAt: toIso(expiresAt) });

describe('R1–R4 lifecycle of a subscription-billed edition', () => {
  test.each([
    ['long before expiry', expiresAt - 200 * DAY, 'active'],
    ['1 ms before expiresAt − 7 days', expiresAt - 7 * DAY - 1, 'active'],
    ['R1: exactly expiresAt − 7 days', expiresAt - 7 * DAY, 'expiring'],
    ['1 ms before expiresAt', expiresAt - 1, 'expiring'],
    ['R2: exactly expiresAt', expiresAt, 'expired'],
    ['R3: 1 ms before expiresAt + 3 days', expiresAt + 3 * DAY - 1, 'expired'],
    ['R4: exactly expiresAt + 3 days', expiresAt + 3 * DAY, 'released'],
    ['long after', expiresAt + 400 * DAY, 'released'],
  ] as const)('%s → %s', (_, now, status) => {
    expect(subscriptionStatus(sub, now)).toBe(status);
  });

  test('Basic and pay-per-use are always active', () => {
    for (const now of [NOW - 1000 * DAY, NOW, NOW + 5000 * DAY]) {
      expect(subscriptionStatus(basicSub(), now)).toBe('active');
      expect(subscriptionStatus(payPerUseSub(), now)).toBe('active');
    }
  });
});

describe('daysLeft of a subscription', () => {
  test('ceil of the days to expiry; 0 at expiry; negative after', () => {
    expect(subscriptionDaysLeft(sub, expiresAt - 7 * DAY)).toBe(7);
    expect(subscriptionDaysLeft(sub, expiresAt - 7 * DAY + 1)).toBe(7);
    expect(subscriptionDaysLeft(sub, expiresAt - 1)).toBe(1);
    expect(subscriptionDaysLeft(sub, expiresAt)).toBe(0);
    expect(subscriptionDaysLeft(sub, expiresAt + DAY)).toBe(-1);
  });
  test('null without an expiry', () => {
    expect(subscriptionDaysLeft(basicSub(), NOW)).toBeNull();
    expect(subscriptionDaysLeft(payPerUseSub(), NOW)).toBeNull();
  });
});

describe('R3 retention', () => {
  test('retained data is removed 3 days after expiry', () => {
    expect(retentionEndsAt(sub)).toBe(expiresAt + 3 * DAY);
    expect(retentionEndsAt(basicSub())).toBeNull();
    expect(retentionEndsAt(payPerUseSub())).toBeNull();
  });
  test('R2: protected only while active or expiring; R3/R4: data kept until released', () => {
    expect(isProtected('active')).toBe(true);
    expect(isProtected('expiring')).toBe(true);
    expect(isProtected('expired')).toBe(false);
    expect(isProtected('released')).toBe(false);
    expect(isDataRetained('expired')).toBe(true);
    expect(isDataRetained('released')).toBe(false);
  });
});
