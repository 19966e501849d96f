import { fc, test as prop } from '@fast-check/vitest';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { describe, expect, test } from 'vitest';
import { DAY } from './test-utils/fixtures';
import { expectOk, expectRefused } from './test-utils/result';
import {
  addValidity,
  AUTO_RENEW_MONTHS,
  billedMonths,
  checkValidity,
  daysLeft,
  describeValidity,
  toIso,
  utcDate,
  validityFromMonths,
} from './time';

const at = (iso: string) => Date.parse(iso);

describe('daysLeft = ceil((expiresAt − now) / day)', () => {
  const expires = at('2025-06-01T00:00:00.000Z');
  test.each([
    [expires - 200 * DAY, 200],
    [expires - 7 * DAY, 7],
    [expires - 7 * DAY + 1, 7],
    [expires - 6 * DAY - 1, 7],
    [expires - 6 * DAY, 6],
    [expires - 1, 1],
    [expires, 0],
    [expires + DAY, -1],
    [expires + 3 * DAY, -3],
  ])('now = %i → %i', (now, expected) => {
    expect(daysLeft(expires, now)).toBe(expected);
  });

  test('a part of a day counts as a whole day', () => {
    expect(daysLeft(expires, expires - DAY / 2)).toBe(1);
    expect(daysLeft(expires, expires - DAY - 1)).toBe(2);
  });
});

describe('R5 validity: 1–9 months or 1, 2, 3 years', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8, 9])('%i months is accepted', (count) => {
    expect(expectOk(checkValidity({ unit: 'month', count }))).toEqual({ unit: 'month', count });
  });
  test.each([1, 2, 3])('%i years is accepted', (count) => {
    expectOk(checkValidity({ unit: 'year', count }));
  });
  test.each([0, 10, 12, -1])('%i months is refused with the field validity.count', (count) => {
    const error = expectRefused(checkValidity({ unit: 'month', count }), 'VALIDATION_FAILED', {
      status: 422,
      field: 'validity.count',
    });
    expect(error.message).toContain('1 to 9 months');
  });
  test.each([0, 4, 10])('%i years is refused', (count) => {
    const error = expectRefused(checkValidity({ unit: 'year', count }), 'VALIDATION_FAILED', {
      field: 'validity.count',
    });
    expect(error.message).toContain('1 to 3 years');
  });
  test('the field prefix can be chosen', () => {
    expectRefused(checkValidity({ unit: 'month', count: 10 }, 'renewal'), 'VALIDATION_FAILED', {
      field: 'renewal.count',
    });
  });
});

describe('R5: a year is billed as 10 months', () => {
  test.each([
    [{ unit: 'month', count: 1 }, 1],
    [{ unit: 'month', count: 9 }, 9],
    [{ unit: 'year', count: 1 }, 10],
    [{ unit: 'year', count: 2 }, 20],
    [{ unit: 'year', count: 3 }, 30],
  ] as const)('%o → %i billed months', (validity, months) => {
    expect(billedMonths(validity)).toBe(months);
  });
});

describe('R5: new expiry = old expiry + calendar months/years in UTC', () => {
  test.each([
    ['2025-03-10T08:00:00.000Z', { unit: 'month', count: 1 }, '2025-04-10T08:00:00.000Z'],
    ['2025-03-10T08:00:00.000Z', { unit: 'month', count: 9 }, '2025-12-10T08:00:00.000Z'],
    ['2025-12-15T23:30:00.000Z', { unit: 'month', count: 1 }, '2026-01-15T23:30:00.000Z'],
    ['2025-03-10T08:00:00.000Z', { unit: 'year', count: 1 }, '2026-03-10T08:00:00.000Z'],
    ['2025-03-10T08:00:00.000Z', { unit: 'year', count: 3 }, '2028-03-10T08:00:00.000Z'],
    // month-end clamp
    ['2025-01-31T10:00:00.000Z', { unit: 'month', count: 1 }, '2025-02-28T10:00:00.000Z'],
    ['2024-01-31T10:00:00.000Z', { unit: 'month', count: 1 }, '2024-02-29T10:00:00.000Z'],
    ['2025-03-31T00:00:00.000Z', { unit: 'month', count: 1 }, '2025-04-30T00:00:00.000Z'],
    ['2025-08-31T00:00:00.000Z', { unit: 'month', count: 6 }, '2026-02-28T00:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', { unit: 'year', count: 1 }, '2025-02-28T12:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', { unit: 'year', count: 3 }, '2027-02-28T12:00:00.000Z'],
    // a UTC midnight stays a UTC midnight whatever the local time zone
    ['2025-10-26T00:00:00.000Z', { unit: 'month', count: 1 }, '2025-11-26T00:00:00.000Z'],
  ] as const)('%s + %o = %s', (from, validity, expected) => {
    expect(toIso(addValidity(at(from), validity))).toBe(expected);
  });
});

describe('auto-renew validity in months', () => {
  test('1–9 months and 12, 24, 36 (1–3 years)', () => {
    expect(AUTO_RENEW_MONTHS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36]);
  });
  test.each([
    [1, { unit: 'month', count: 1 }],
    [9, { unit: 'month', count: 9 }],
    [12, { unit: 'year', count: 1 }],
    [36, { unit: 'year', count: 3 }],
  ] as const)('%i months → %o', (months, validity) => {
    expect(validityFromMonths(months)).toEqual(validity);
  });
});

describe('formatting helpers', () => {
  test('describeValidity', () => {
    expect(describeValidity({ unit: 'month', count: 1 })).toBe('1 month');
    expect(describeValidity({ unit: 'year', count: 2 })).toBe('2 years');
  });
  test('utcDate is the UTC calendar date', () => {
    expect(utcDate(at('2025-03-10T23:59:59.999Z'))).toBe('2025-03-10');
    expect(utcDate(at('2025-03-11T00:00:00.000Z'))).toBe('2025-03-11');
  });
});

describe('R5: addValidity, against dayjs', () => {
  // the rule as dayjs computed it before (its UTC `add`), which the mock no longer loads
  dayjs.extend(utc);
  prop.prop([
    fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-12-31') }),
    fc.constantFrom('month', 'year'),
    fc.integer({ min: -40, max: 40 }),
  ])('is what dayjs.utc(from).add(count, unit) gives', (from, unit, count) => {
    expect(addValidity(from, { unit, count })).toBe(dayjs.utc(from).add(count, unit).valueOf());
  });
});
