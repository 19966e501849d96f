import { describe, expect, it } from 'vitest';
import { safeNext, signInHref } from './auth';

describe('safeNext', () => {
  it('keeps a path of this console, with its query and hash', () => {
    expect(safeNext('/renew/sas-1?region=cn-hangzhou#x')).toBe('/renew/sas-1?region=cn-hangzhou#x');
    expect(signInHref('/orders?region=eu-central-1')).toBe(
      '/sign-in?next=%2Forders%3Fregion%3Deu-central-1',
    );
  });

  it('never leads to another origin (no open redirect)', () => {
    for (const raw of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
      'overview',
      '/sign-in?next=/orders',
    ])
      expect(safeNext(raw)).toBe('/overview');
  });
});
