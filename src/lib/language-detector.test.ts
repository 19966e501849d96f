import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageDetector } from './language-detector';

const KEY = 'sc-ui:language';

describe('the language detector', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.localStorage.clear();
    document.documentElement.lang = 'en';
  });

  it('puts the choice kept in localStorage first, then the browser’s languages, then <html lang>', () => {
    window.localStorage.setItem(KEY, 'zh');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en-GB']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    document.documentElement.lang = 'en-US';
    expect(languageDetector(KEY).detect()).toEqual(['zh', 'de-DE', 'en-GB', 'de-DE', 'en-US']);
  });

  it('follows the browser when nothing is kept, and ignores what is not a language code', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', '<b>x</b>']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    document.documentElement.lang = 'en';
    expect(languageDetector(KEY).detect()).toEqual(['zh-CN', 'zh-CN', 'en']);
  });

  it('keeps the choice in localStorage, and survives storage that refuses', () => {
    languageDetector(KEY).cacheUserLanguage?.('zh');
    expect(window.localStorage.getItem(KEY)).toBe('zh');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => languageDetector(KEY).cacheUserLanguage?.('en')).not.toThrow();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(languageDetector(KEY).detect()).toContain('en');
  });
});
