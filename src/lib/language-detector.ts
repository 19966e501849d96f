import type { LanguageDetectorModule } from 'i18next';

/** what the browser may report as a language: a code, not markup */
const isLanguageCode = (code: string) =>
  /^[A-Za-z0-9_@.-]{1,128}$/.test(code) && !code.includes('..');

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
}

/**
 * The visitor's language, found as i18next-browser-languagedetector found it with the options
 * the console gave it — in order the choice kept in localStorage under `storageKey`, the
 * browser's languages, `<html lang>` — and the choice kept there when it changes. i18next takes
 * the first candidate it supports. (A few lines instead of the library's 6 KB on the first page.)
 */
export function languageDetector(storageKey: string): LanguageDetectorModule {
  return {
    type: 'languageDetector',
    detect() {
      const found: string[] = [];
      try {
        const saved = storage()?.getItem(storageKey);
        if (saved) found.push(saved);
      } catch {
        // unreadable storage: the browser's languages decide
      }
      if (typeof navigator !== 'undefined') {
        found.push(...(navigator.languages ?? []));
        if (navigator.language) found.push(navigator.language);
      }
      const html = typeof document === 'undefined' ? null : document.documentElement.lang;
      if (html) found.push(html);
      return found.filter(isLanguageCode);
    },
    cacheUserLanguage(lng) {
      if (lng === 'cimode') return;
      try {
        storage()?.setItem(storageKey, lng);
      } catch {
        // full or blocked storage: the choice lasts until the page is left
      }
    },
  };
}
