import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatRelative } from './format';
import { i18n } from './i18n';

describe('format', () => {
  it('formats integer cents as USD for the UI language', () => {
    expect(formatMoney(946_800, 'en')).toBe('$9,468.00');
    expect(formatMoney(9468, 'en')).toBe('$94.68');
    expect(formatMoney(0, 'en')).toBe('$0.00');
    expect(formatMoney(-2400, 'en')).toBe('-$24.00');
    expect(formatMoney(946_800, 'zh')).toMatch(/9,468\.00/);
    expect(formatMoney(946_800, 'zh')).toMatch(/US\$|\$/);
  });

  it('formats instants as dates in a given time zone', () => {
    expect(formatDate('2025-03-01T23:30:00Z', 'en', 'UTC')).toBe('Mar 1, 2025');
    expect(formatDate('2025-03-01T23:30:00Z', 'zh', 'UTC')).toBe('2025年3月1日');
    expect(formatDateTime('2025-03-01T23:30:00Z', 'en', 'UTC')).toMatch(/Mar 1, 2025.*11:30/);
  });

  it('says how far an instant is from the (mock) clock', () => {
    const now = '2025-03-01T00:00:00Z';
    expect(formatRelative('2025-03-06T00:00:00Z', now, 'en')).toBe('in 5 days');
    expect(formatRelative('2025-02-28T21:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2025-03-06T00:00:00Z', now, 'zh')).toBe('5 天内');
  });

  it('switches dayjs to the UI language', async () => {
    await i18n.changeLanguage('zh');
    expect(dayjs.locale()).toBe('zh-cn');
    expect(dayjs('2025-03-01T12:00:00Z').format('MMMM')).toBe('三月');
    await i18n.changeLanguage('en');
    expect(dayjs.locale()).toBe('en');
    expect(dayjs('2025-03-01T12:00:00Z').format('MMMM')).toBe('March');
  });
});
