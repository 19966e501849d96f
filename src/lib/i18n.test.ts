import { describe, expect, it } from 'vitest';
import { i18n, LANGUAGES, loadNamespace, NAMESPACES } from './i18n';
import english from './locale-en';

/** Every JSON file under src/locales, at any depth, so a misplaced file fails too. */
const files = import.meta.glob<unknown>('../locales/**/*.json', { eager: true, import: 'default' });

function readLocale(lng: string): Record<string, unknown> {
  const prefix = `../locales/${lng}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([file]) => file.startsWith(prefix))
      .map(([file, content]) => [file.slice(prefix.length).replace(/\.json$/, ''), content]),
  );
}

/** `ns:path.to.key` → the string (arrays are walked by index). */
function flatten(value: unknown, prefix: string, out = new Map<string, string>()) {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${prefix}.${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, out);
    }
  } else out.set(prefix, `<${typeof value}>`);
  return out;
}

function keysOf(lng: string) {
  const out = new Map<string, string>();
  for (const [ns, content] of Object.entries(readLocale(lng))) flatten(content, `${ns}:`, out);
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const [base, ...others] = LANGUAGES;
  const baseKeys = keysOf(base);

  it.each(others)('%s has exactly the keys of en, with the same {{variables}}', (lng) => {
    const keys = keysOf(lng);
    const missing = [...baseKeys.keys()].filter((key) => !keys.has(key));
    const extra = [...keys.keys()].filter((key) => !baseKeys.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const [key, text] of baseKeys) {
      expect(variables(keys.get(key) ?? ''), key).toEqual(variables(text));
    }
  });

  it.each([...LANGUAGES])('%s has no empty or non-string values', (lng) => {
    for (const [key, text] of keysOf(lng)) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/^<\w+>$/);
    }
  });

  it('has one folder per language and nothing nested', () => {
    const folders = new Set(Object.keys(files).map((file) => file.split('/')[2]));
    expect([...folders].sort()).toEqual([...LANGUAGES].sort());
    for (const file of Object.keys(files))
      expect(file).toMatch(/^\.\.\/locales\/[^/]+\/[^/]+\.json$/);
  });

  it('loads every file as a namespace of i18next, one chunk per namespace', async () => {
    for (const lng of LANGUAGES) {
      expect([...NAMESPACES].sort()).toEqual(Object.keys(readLocale(lng)).sort());
      for (const [ns, content] of Object.entries(readLocale(lng))) {
        expect(await loadNamespace(lng, ns), `${lng}/${ns}`).toEqual(content);
        expect(i18n.getResourceBundle(lng, ns), `${lng}/${ns}`).toEqual(content);
      }
    }
  });

  it('bundles only the English the first page shows: the shell and the Overview', () => {
    expect(Object.keys(english).sort()).toEqual([
      '../locales/en/common.json',
      '../locales/en/errors.json',
      '../locales/en/overview.json',
    ]);
  });

  it('translates into Simplified Chinese', async () => {
    await i18n.changeLanguage('zh');
    expect(i18n.t('nav.purchasedResources')).toBe('已购资源');
    expect(document.documentElement.lang).toBe('zh-CN');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.purchasedResources')).toBe('Purchased Resources');
  });
});
