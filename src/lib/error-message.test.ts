import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@/domain/contract';
import { ApiError, apiPost, isApiError } from './api-client';
import { errorConcerns, errorMessage, fieldErrorMessage } from './error-message';
import { i18n } from './i18n';

/** The API's own refusal for a request, as the pages receive it. */
async function refusal(path: string, body: unknown): Promise<ApiError> {
  try {
    await apiPost(path, body);
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error(`expected ${path} to refuse ${JSON.stringify(body)}`);
}

const HZ = 'sas-hz-0001';
const SG = 'sas-sg-0001';
const renew = (extra: Record<string, unknown> = {}) => ({
  type: 'renew',
  subscriptionId: HZ,
  expectedVersion: 1,
  disclaimerAccepted: true,
  validity: { unit: 'month', count: 1 },
  ...extra,
});
const upgrade = (extra: Record<string, unknown> = {}) => ({
  type: 'upgrade',
  method: 'quota',
  subscriptionId: HZ,
  expectedVersion: 1,
  disclaimerAccepted: true,
  quota: 12,
  ...extra,
});

async function inLanguage(lng: 'en' | 'zh', error: unknown) {
  await i18n.changeLanguage(lng);
  return errorMessage(error);
}

/** Chinese prose: CJK characters, nothing left to interpolate, no English word but ECS. */
function expectChinese(text: string) {
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).not.toMatch(/\{\{|undefined|NaN/);
  expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual(
    (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word === 'ECS'),
  );
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('error messages', () => {
  it.each([
    {
      name: 'R5 a renewal keeps the quota',
      request: () => refusal('/quotes', renew({ quota: 12 })),
      code: 'RENEWAL_CANNOT_CHANGE_QUOTA',
      en: 'The asset count cannot change during a renewal: it stays 10. To change it, use Upgrade.',
      zh: '续费期间不能更改资产数量：保持为 10。如需更改，请使用升级。',
    },
    {
      name: 'R5 validity 1–9 months',
      request: () => refusal('/quotes', renew({ validity: { unit: 'month', count: 12 } })),
      code: 'VALIDATION_FAILED',
      en: 'Choose a validity of 1 to 9 months.',
      zh: '请选择 1 到 9 个月的购买时长。',
    },
    {
      name: 'R11 the quota is never reduced',
      request: () => refusal('/quotes', upgrade({ quota: 9 })),
      code: 'QUOTA_DECREASE_NOT_ALLOWED',
      en: 'The quota cannot be reduced: enter at least 10.',
      zh: '配额不能降低：请至少输入 10。',
    },
    {
      name: 'R11 at most 10 000',
      request: () => refusal('/quotes', upgrade({ quota: 10_001 })),
      code: 'QUOTA_LIMIT_EXCEEDED',
      en: 'The quota cannot exceed 10,000 assets.',
      zh: '配额不能超过 10,000 个资产。',
    },
    {
      name: 'the same quota',
      request: () => refusal('/quotes', upgrade({ quota: 10 })),
      code: 'NO_CHANGE',
      en: 'The quota would not change. Enter at least 11 to increase it.',
      zh: '配额不会发生变化。请至少输入 11 以增加配额。',
    },
    {
      name: 'R12 a tag key too long',
      request: () => refusal('/quotes', upgrade({ tags: [{ key: 'k'.repeat(37), value: '' }] })),
      code: 'VALIDATION_FAILED',
      en: 'A tag key must be 1 to 36 characters long.',
      zh: '标签键的长度必须为 1 到 36 个字符。',
    },
    {
      name: 'renewing Basic',
      request: () => refusal('/quotes', renew({ subscriptionId: SG })),
      code: 'NOT_RENEWABLE',
      en: 'The Basic edition is free and has nothing to renew. Buy an edition instead.',
      zh: '基础版免费，无需续费。请购买付费版本。',
    },
  ])('$name: $code in English and Chinese, with its numbers', async (c) => {
    const error = await c.request();
    expect(error.code).toBe(c.code);
    expect(await inLanguage('en', error)).toBe(c.en);
    const zh = await inLanguage('zh', error);
    expect(zh).toBe(c.zh);
    expectChinese(zh);
  });

  it('R6 and R7: names the billable assets and the quota they outgrew', async () => {
    await apiPost('/demo/scenario', { name: 'upgrade-required' });
    const below = await refusal('/quotes', upgrade({ quota: 12 }));
    expect(await inLanguage('en', below)).toBe(
      'The quota must cover all 13 billable assets (ECS instances and external servers): enter at least 13.',
    );
    expectChinese(await inLanguage('zh', below));
    expect(await inLanguage('zh', below)).toContain('13');

    const required = await refusal('/quotes', renew());
    expect(required.code).toBe('UPGRADE_REQUIRED');
    expect(await inLanguage('en', required)).toMatch(/^Your 13 billable assets .* quota of 10\./);
    expect(await inLanguage('zh', required)).toMatch(/13.*10/);
  });

  it.each([...ERROR_CODES])('words %s in both languages even without details', async (code) => {
    const error = new ApiError({ status: 422, code, message: 'API wording' });
    const en = await inLanguage('en', error);
    expect(en).not.toBe('API wording');
    expect(en).not.toMatch(/^codes\.|\{\{/);
    expectChinese(await inLanguage('zh', error));
  });

  it('words the client’s own failures and keeps the API’s message for an unknown code', async () => {
    const offline = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'offline' });
    expect(await inLanguage('zh', offline)).toBe('无法连接到服务，请检查网络后重试。');
    const unknown = new ApiError({
      status: 422,
      code: 'COUPON_EXPIRED',
      message: 'The coupon expired.',
    });
    expect(await inLanguage('zh', unknown)).toBe('The coupon expired.');
    expect(await inLanguage('en', new Error('boom'))).toBe('An unexpected error occurred.');
    expect(await inLanguage('zh', undefined)).toBe('发生了意外错误。');
  });

  it('tells a form which field an error concerns', async () => {
    const error = await refusal('/quotes', upgrade({ tags: [{ key: 'k'.repeat(37), value: '' }] }));
    expect(error.field).toBe('tags.0.key');
    expect(errorConcerns(error, 'tags')).toBe(true);
    expect(errorConcerns(error, 'tags.0.key')).toBe(true);
    expect(errorConcerns(error, 'tag')).toBe(false);
    expect(fieldErrorMessage(error, 'quota')).toBeUndefined();
    expect(fieldErrorMessage(error, 'tags')).toBe('A tag key must be 1 to 36 characters long.');
  });
});
