import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUOTE_DOCUMENTS } from './catalog';
import type { OrderRequest, Quote } from './contract';
import type { StoredQuoteDocument } from './contract-quotes';
import { createQuoteDocument, quoteDocumentView } from './orders/quote-document';
import { placeOrder, quoteOrder } from './orders/place';
import { sameChoices } from './fingerprint';
import { priceWithQuote, quoteChange, quoteStatus } from './quote-documents';
import { DAY, HZ, NOW, healthyWorld, req } from './test-utils/fixtures';
import { WorldSchema, type World } from './world';

const upgrade13 = req.upgrade({ quota: 13, disclaimerAccepted: false });

function made(world: World = healthyWorld(), body: OrderRequest = upgrade13, at = NOW) {
  const result = createQuoteDocument(world, body, at);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const doc = (over: Partial<StoredQuoteDocument> = {}): StoredQuoteDocument => ({
  id: 'Q-20250310-00001',
  order: upgrade13,
  subscriptionId: HZ,
  region: 'cn-hangzhou',
  account: { id: 'a', name: 'A' },
  subscriptionVersion: 1,
  items: [{ description: 'quoted', amount: 5000 }],
  amount: 5000,
  currency: 'USD',
  createdAt: new Date(NOW).toISOString(),
  validUntil: new Date(NOW + 7 * DAY).toISOString(),
  ...over,
});
const sub = { id: HZ, version: 1, tags: [] };

describe('quoteStatus', () => {
  test('valid until validUntil on the version it was priced on', () => {
    expect(quoteStatus(doc(), sub, NOW + 7 * DAY)).toBe('valid');
    expect(quoteStatus(doc(), sub, NOW + 7 * DAY + 1)).toBe('expired');
    expect(quoteStatus(doc(), { id: HZ, version: 2 }, NOW)).toBe('superseded');
    expect(quoteStatus(doc(), undefined, NOW)).toBe('superseded');
  });
});

describe('sameChoices', () => {
  test('ignores the version, the disclaimer and the quote; not the choices', () => {
    expect(
      sameChoices(upgrade13, {
        ...upgrade13,
        expectedVersion: 7,
        disclaimerAccepted: true,
        quoteId: 'Q',
      } as OrderRequest),
    ).toBe(true);
    expect(sameChoices(upgrade13, req.upgrade({ quota: 14 }))).toBe(false);
  });

  test("an order without tags keeps the subscription's: the same as one naming them", () => {
    const tags = [{ key: 'env', value: 'production' }];
    const withoutTags = req.upgrade({ quota: 13 }); // the fixture names no tags
    const naming = req.upgrade({ quota: 13, tags });
    expect(sameChoices(withoutTags, naming, tags)).toBe(true);
    // removing every tag is another choice than keeping them
    expect(sameChoices(withoutTags, req.upgrade({ quota: 13, tags: [] }), tags)).toBe(false);
    expect(sameChoices(withoutTags, req.upgrade({ quota: 13, tags: [] }), [])).toBe(true);
  });
});

describe('priceWithQuote', () => {
  const today = (amount: number): Quote => ({
    amount,
    currency: 'USD',
    items: [{ description: 'today', amount }],
  });
  test('valid: the quoted price when today’s is higher, today’s when lower', () => {
    expect(priceWithQuote(doc(), upgrade13, today(6000), sub, NOW)).toMatchObject({
      amount: 5000,
      items: [{ description: 'quoted' }],
    });
    expect(priceWithQuote(doc(), upgrade13, today(4000), sub, NOW).amount).toBe(4000);
  });
  test('expired, superseded or other choices: today’s price', () => {
    expect(priceWithQuote(doc(), upgrade13, today(6000), sub, NOW + 8 * DAY).amount).toBe(6000);
    expect(priceWithQuote(doc(), upgrade13, today(6000), { ...sub, version: 2 }, NOW).amount).toBe(
      6000,
    );
    expect(priceWithQuote(doc(), req.upgrade({ quota: 14 }), today(6000), sub, NOW).amount).toBe(
      6000,
    );
  });
  test('quoteChange words the comparison', () => {
    expect(quoteChange(doc(), 'valid', { amount: 5000 })).toBe('none');
    expect(quoteChange(doc(), 'valid', { amount: 4000 })).toBe('lower');
    expect(quoteChange(doc(), 'expired', { amount: 4000 })).toBe('expired');
  });

  const items = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 4 });
  const priced = (parts: number[], description: string): Quote => ({
    amount: parts.reduce((a, b) => a + b, 0),
    currency: 'USD',
    items: parts.map((amount) => ({ description, amount })),
  });
  const arbitrary = fc.record({
    quoted: items,
    current: items,
    offsetMs: fc.integer({ min: -DAY, max: 20 * DAY }),
    version: fc.integer({ min: 1, max: 3 }),
    quota: fc.integer({ min: 12, max: 14 }),
  });

  test('property: never above the quote while valid, never above today’s, items add up; an invalid quote changes nothing', () => {
    fc.assert(
      fc.property(arbitrary, ({ quoted, current, offsetMs, version, quota }) => {
        const q = priced(quoted, 'quoted');
        const d = doc({ amount: q.amount, items: q.items });
        const c = priced(current, 'today');
        const body = req.upgrade({ quota });
        const subNow = { ...sub, version };
        const now = NOW + offsetMs;
        const price = priceWithQuote(d, body, c, subNow, now);
        const status = quoteStatus(d, subNow, now);
        expect(price.items.reduce((a, i) => a + i.amount, 0)).toBe(price.amount);
        expect(price.amount).toBeLessThanOrEqual(c.amount);
        if (status === 'valid' && sameChoices(d.order, body))
          expect(price.amount).toBe(Math.min(q.amount, c.amount));
        else expect(price).toEqual(c);
      }),
    );
  });
});

describe('createQuoteDocument and the orders placed with it', () => {
  test('a refusal of the order is the quote’s; an unsubscribe is no quote', () => {
    const refused = createQuoteDocument(healthyWorld(), req.upgrade({ quota: 10_001 }), NOW);
    expect(!refused.ok && refused.error.code).toBe('QUOTA_LIMIT_EXCEEDED');
    const out = createQuoteDocument(
      healthyWorld(),
      { type: 'unsubscribe', subscriptionId: HZ, expectedVersion: 1 },
      NOW,
    );
    expect(!out.ok && out.error.field).toBe('type');
  });

  test('the world keeps the newest quotes only', () => {
    let world = healthyWorld();
    let first = '';
    for (let i = 0; i < QUOTE_DOCUMENTS.kept + 1; i++) {
      const next = made(world);
      if (i === 0) first = next.document.id;
      world = next.world;
    }
    expect(world.quoteDocuments).toHaveLength(QUOTE_DOCUMENTS.kept);
    expect(world.quoteDocuments.some((d) => d.id === first)).toBe(false);
  });

  test('a world stored before quote documents loads, with none', () => {
    const { quoteDocuments: _, ...older } = healthyWorld();
    const parsed = WorldSchema.safeParse(JSON.parse(JSON.stringify(older)));
    expect(parsed.success && parsed.data.quoteDocuments).toEqual([]);
  });

  test('property: a pack or upgrade paid within validity costs min(quote, today), and the view says it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OrderRequest>(upgrade13, req.pack({ quantity: 3 }), req.renew()),
        fc.integer({ min: 0, max: 10 * DAY }),
        (body, later) => {
          const { world, document } = made(healthyWorld(), { ...body, disclaimerAccepted: false });
          const now = NOW + later;
          const today = quoteOrder(world, body, now);
          const view = quoteDocumentView(world, document, now);
          const placed = placeOrder(
            world,
            { ...body, disclaimerAccepted: true, quoteId: document.id } as OrderRequest,
            'k',
            now,
          );
          if (!today.ok || !placed.ok) throw new Error('refused');
          const paid = placed.value.order.amount;
          expect(paid).toBeLessThanOrEqual(today.value.amount);
          expect(view.current?.amount).toBe(paid);
          if (view.status === 'valid')
            expect(paid).toBe(Math.min(document.amount, today.value.amount));
          else expect(paid).toBe(today.value.amount);
        },
      ),
    );
  });
});
