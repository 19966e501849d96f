import { describe, expect, it } from 'vitest';

/**
 * Beyond key parity (`i18n.test.ts`): the Chinese files are really Chinese and the English
 * ones really English. A Chinese value may keep a product or protocol name (ECS, API…),
 * an identifier the customer types (`?scenario=readonly`, `cn-hangzhou`) and the
 * {{variables}}; any other English word means a string was copied and not translated.
 */
const files = import.meta.glob<unknown>('../locales/*/*.json', { eager: true, import: 'default' });

/** Names that stay in Latin letters in a Chinese console. */
const LATIN_NAMES = new Set([
  'ECS',
  'API',
  'HTTP',
  'JSON',
  'URL',
  'USD',
  'ID',
  'GB',
  'PDF',
  'Web',
  'Alibaba',
  'Cloud',
  'Idempotency-Key',
]);

/** Keys whose value is the same in every language on purpose (a language names itself). */
const SAME_IN_EVERY_LANGUAGE = /^common:languages\./;

function strings(lng: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.set(key, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${key}.${i}`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        walk(v, key.endsWith(':') ? key + k : `${key}.${k}`);
  };
  for (const [file, content] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (match?.[1] === lng) walk(content, `${match[2]}:`);
  }
  return out;
}

/** English words of a value, leaving out variables, identifiers and URL fragments. */
function latinWords(text: string): string[] {
  const prose = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\S*[=/?&]\S*/g, ' ') // ?scenario=readonly, /help/permissions
    .replace(/\b[a-z]+(?:-[a-z0-9]+)+\b/g, ' '); // cn-hangzhou, log-storage-100gb
  return prose.match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? [];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('translation quality', () => {
  const en = strings('en');
  const zh = strings('zh');

  it('leaves no English prose in the Chinese files', () => {
    const untranslated = [...zh]
      .filter(([key]) => !SAME_IN_EVERY_LANGUAGE.test(key))
      .map(([key, text]) => ({ key, words: latinWords(text).filter((w) => !LATIN_NAMES.has(w)) }))
      .filter(({ words }) => words.length > 0);
    expect(untranslated).toEqual([]);
  });

  it('has no Chinese value copied from English', () => {
    const copied = [...zh]
      .filter(([key, text]) => !SAME_IN_EVERY_LANGUAGE.test(key) && en.get(key) === text)
      .filter(([, text]) => /[A-Za-z]{2,}/.test(text))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('has Chinese characters in every Chinese sentence and none in the English files', () => {
    const noChinese = [...zh]
      .filter(([key]) => !SAME_IN_EVERY_LANGUAGE.test(key))
      .filter(([, text]) => latinWords(text).some((word) => !LATIN_NAMES.has(word)))
      .filter(([, text]) => !CJK.test(text))
      .map(([key]) => key);
    expect(noChinese).toEqual([]);
    const chineseInEnglish = [...en]
      .filter(([key, text]) => !SAME_IN_EVERY_LANGUAGE.test(key) && CJK.test(text))
      .map(([key]) => key);
    expect(chineseInEnglish).toEqual([]);
  });

  it('names the editions as the header does (基础版, 标准版, 专业版), never with another word', () => {
    // a customer must recognise "专业版" on the Overview and in the Upgrade wizard as one thing
    const synonyms = /免费版|入门版|企业版|旗舰版|高级版|基本版|标准版本|专业版本/;
    const inconsistent = [...zh].filter(([, text]) => synonyms.test(text)).map(([key]) => key);
    expect(inconsistent).toEqual([]);
    expect(zh.get('common:editions.basic')).toBe('基础版');
    expect(zh.get('common:editions.standard')).toBe('标准版');
    expect(zh.get('common:editions.professional')).toBe('专业版');
  });

  it('writes Chinese with full-width punctuation', () => {
    // an ASCII comma or full stop right after a Chinese character reads as a typo
    const halfWidth = [...zh]
      .filter(([, text]) => /[\u4e00-\u9fff][,;:!?](\s|$)|[\u4e00-\u9fff]\.(\s|$)/.test(text))
      .map(([key]) => key);
    expect(halfWidth).toEqual([]);
  });
});
