import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from './zod';

/** Every module under src/ (tests too: they are read as they are written, not bundled). */
function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const ZOD_IMPORT = /\bfrom\s+['"](zod(?:\/[^'"]*)?)['"]/g;

describe('zod', () => {
  test('is imported through @/domain/zod only, so classic zod stays out of the bundle', () => {
    const offenders = sources()
      .filter((file) => file !== join('src', 'domain', 'zod.ts'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(ZOD_IMPORT)].map((m) => `${file}: '${m[1]}'`),
      );
    expect(offenders).toEqual([]);
  });

  test('speaks English: the API quotes its messages', () => {
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
    expect(
      z
        .string()
        .check(z.maxLength(2))
        .safeParse('abc')
        .error?.issues.map((i) => i.message),
    ).toEqual(['Too big: expected string to have <=2 characters']);
  });
});
