import { afterEach, describe, expect, it } from 'vitest';
import type { LineItem } from '@/domain/contract';
import { i18n } from '@/lib/i18n';
import { lineItemText } from './line-item';

const word = (item: LineItem, lng: 'en' | 'zh') =>
  lineItemText(item, i18n.getFixedT(lng, 'purchase'), i18n.getFixedT(lng), lng);

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('line items in the UI language', () => {
  const pack: LineItem = {
    description: 'Log storage, 100 GB × 2 for the remaining 120 days',
    amount: 15781,
    key: 'pack',
    params: { pack: 'log-storage-100gb', quantity: 2, remainingDays: 120 },
  };

  it('words a value-added pack from its key and params', () => {
    expect(word(pack, 'en')).toBe('Log storage, 100 GB × 2 for the remaining 120 days');
    expect(word(pack, 'zh')).toBe('日志存储（100 GB） × 2，按剩余 120 天计费');
  });

  it('words unsubscribe refunds', () => {
    const full = { description: 'Refund of the last order', amount: -8000, key: 'refundFull' };
    const proRata = {
      description: 'Refund of the unused 1 days',
      amount: -26,
      key: 'refundProRata',
      params: { remainingDays: 1 },
    };
    expect(word(full, 'zh')).toBe('全额退还上一笔订单');
    expect(word(proRata, 'en')).toBe('Refund of the unused 1 day');
  });

  it('words a refund line per paid order with what was paid and used (R18)', () => {
    const line: LineItem = {
      description: 'Refund of ORD-20250101-00001',
      amount: -238686,
      key: 'refund',
      params: { orderId: 'ORD-20250101-00001', paid: 240000, consumed: 1314, refund: 238686 },
    };
    expect(word(line, 'en')).toBe(
      'Refund for order ORD-20250101-00001: $2,400.00 paid, $13.14 used',
    );
    expect(word(line, 'zh')).toMatch(/^订单 ORD-20250101-00001 退款：已付 US\$2,400.00/);
    expect(word({ ...line, params: { orderId: 'x' } }, 'en')).toBe(line.description);
  });

  it('says an automatic renewal is one', () => {
    const renewal: LineItem = {
      description:
        'Auto-renew: Renewal: Standard edition, 10 assets × 1 year (billed as 10 months)',
      amount: 80000,
      key: 'renewal',
      params: { edition: 'standard', quota: 10, unit: 'year', count: 1, billedMonths: 10 },
    };
    expect(word(renewal, 'en')).toBe(
      'Auto-renew: Renewal: Standard edition, 10 assets × 1 year (billed as 10 months)',
    );
    expect(word(renewal, 'zh')).toMatch(/^自动续费：/);
  });

  it('keeps the English description for a line it cannot word', () => {
    const unknown = { description: 'Something new', amount: 1, key: 'pack', params: { pack: 'x' } };
    expect(word(unknown, 'zh')).toBe('Something new');
    expect(word({ description: 'No key', amount: 1 }, 'zh')).toBe('No key');
  });
});
