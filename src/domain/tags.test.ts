import { describe, expect, test } from 'vitest';
import type { Tag } from './contract';
import { validateTags } from './tags';
import { expectOk, expectRefused } from './test-utils/result';

const tags = (n: number): Tag[] =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));

describe('R12 tags', () => {
  test('no tags, and up to 20 tags, are accepted', () => {
    expect(expectOk(validateTags([]))).toEqual([]);
    expect(expectOk(validateTags(tags(20)))).toHaveLength(20);
  });
  test('21 tags are refused on the field tags', () => {
    const error = expectRefused(validateTags(tags(21)), 'VALIDATION_FAILED', {
      status: 422,
      field: 'tags',
    });
    expect(error.details).toEqual({ max: 20 });
  });

  test('a key is 1 to 36 characters', () => {
    expectOk(validateTags([{ key: 'a', value: '' }]));
    expectOk(validateTags([{ key: 'k'.repeat(36), value: 'v' }]));
    expectRefused(validateTags([{ key: '', value: 'v' }]), 'VALIDATION_FAILED', {
      field: 'tags.0.key',
    });
    expectRefused(validateTags([{ key: 'k'.repeat(37), value: 'v' }]), 'VALIDATION_FAILED', {
      field: 'tags.0.key',
    });
  });
  test('a value is 0 to 43 characters', () => {
    expectOk(validateTags([{ key: 'env', value: '' }]));
    expectOk(validateTags([{ key: 'env', value: 'v'.repeat(43) }]));
    expectRefused(validateTags([{ key: 'env', value: 'v'.repeat(44) }]), 'VALIDATION_FAILED', {
      field: 'tags.0.value',
    });
  });
  test('the field names the tag at fault', () => {
    expectRefused(
      validateTags([...tags(3), { key: 'k'.repeat(37), value: '' }]),
      'VALIDATION_FAILED',
      {
        field: 'tags.3.key',
      },
    );
  });

  test('a Chinese character counts as one character', () => {
    expectOk(validateTags([{ key: '环'.repeat(36), value: '境'.repeat(43) }]));
    expectRefused(validateTags([{ key: '环'.repeat(37), value: '' }]), 'VALIDATION_FAILED', {
      field: 'tags.0.key',
    });
    expectRefused(validateTags([{ key: '环境', value: '生'.repeat(44) }]), 'VALIDATION_FAILED', {
      field: 'tags.0.value',
    });
    expectOk(validateTags([{ key: '环境', value: '生产环境' }]));
  });
  test('a character outside the BMP counts as one character', () => {
    expectOk(validateTags([{ key: '😀'.repeat(36), value: '' }]));
  });

  test.each([
    ['NUL', '\u0000'],
    ['tab', '\t'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
    ['DEL', '\u007f'],
    ['C1 control', '\u0085'],
    ['zero-width space', '\u200b'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['private use', '\ue000'],
  ])('a %s is not printable in a key or a value', (_, ch) => {
    const key = expectRefused(validateTags([{ key: `a${ch}b`, value: 'v' }]), 'VALIDATION_FAILED', {
      field: 'tags.0.key',
    });
    expect(key.details).toEqual({ rule: 'printable' });
    const value = expectRefused(
      validateTags([{ key: 'k', value: `a${ch}b` }]),
      'VALIDATION_FAILED',
      {
        field: 'tags.0.value',
      },
    );
    expect(value.details).toEqual({ rule: 'printable' });
  });
  test('spaces and punctuation are printable', () => {
    expectOk(validateTags([{ key: 'cost center', value: 'R&D / EU-1 (2025): 50%' }]));
  });

  test('keys are unique', () => {
    const error = expectRefused(
      validateTags([
        { key: 'env', value: 'a' },
        { key: 'team', value: 'b' },
        { key: 'env', value: 'c' },
      ]),
      'VALIDATION_FAILED',
      { field: 'tags.2.key' },
    );
    expect(error.details).toEqual({ rule: 'unique' });
  });
  test('keys differing only in case are different keys', () => {
    expectOk(
      validateTags([
        { key: 'Env', value: 'a' },
        { key: 'env', value: 'b' },
      ]),
    );
  });
});
