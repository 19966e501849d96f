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

  it('words an unsubscribe refund line (R18): the order, what was paid and what was consumed', () => {
    const refund: LineItem = {
      description:
        'Refund of order ORD-20250310-00001: paid 800.00 USD, consumed 361.64 USD (165 of 365 days)',
      amount: -43_836,
      key: 'refund',
      params: {
        orderId: 'ORD-20250310-00001',
        paid: 80_000,
        consumed: 36_164,
        refund: 43_836,
        elapsedDays: 165,
        spanDays: 365,
      },
    };
    expect(word(refund, 'en')).toBe(
      'Refund of order ORD-20250310-00001: paid $800.00, consumed $361.64 (165 of 365 days)',
    );
    expect(word(refund, 'zh')).toMatch(
      /^退还订单 ORD-20250310-00001：已付 US\$800\.00，已使用 US\$361\.64（365 天中的 165 天）$/,
    );
    const none: LineItem = { description: 'Nothing to refund', amount: 0, key: 'refundNone' };
    expect(word(none, 'zh')).toBe('无可退款项：当前周期没有付款');
  });

  it('words a refund line without its numbers by the API description; refunds stored before R18 keep their words', () => {
    const line: LineItem = {
      description: 'Refund of ORD-20250101-00001',
      amount: -238686,
      key: 'refund',
      params: { orderId: 'x' },
    };
    expect(word(line, 'en')).toBe(line.description);
    expect(
      word({ description: 'Refund of the last order', amount: -8000, key: 'refundFull' }, 'zh'),
    ).toBe('全额退还上一笔订单');
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
