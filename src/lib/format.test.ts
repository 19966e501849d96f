import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney } from './format';

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
});
