import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import english from './locale-en';

/**
 * Languages: English and Simplified Chinese. Each `src/locales/<lng>/<ns>.json` is
 * the namespace `<ns>` — a feature adds `overview.json` in both folders and uses
 * `useTranslation('overview')`; `src/lib/i18n-resources.ts` lists the namespaces for
 * the type checker. `i18n.test.ts` fails when a key exists in one language only.
 *
 * English, the default and the fallback, is in the main bundle (`./locale-en.ts`: no extra
 * request before the first render); Chinese is a chunk of its own (`./locale-zh.ts`), loaded
 * when it is first needed. `main.tsx` renders once `i18nReady` has settled; a switch of
 * language loads the other chunk before it switches.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_NAMESPACE = 'common';
export const LANGUAGE_STORAGE_KEY = 'sc-ui:language';

type Resources = Record<string, Record<string, Record<string, unknown>>>;
type Bundle = Record<string, Record<string, unknown>>;

export function collectResources(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {};
  for (const [file, content] of Object.entries(modules)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    (resources[lng] ??= {})[ns] = content;
  }
  return resources;
}

export function toLanguage(lng: string | undefined): Language {
  return lng?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** BCP 47 tag for `Intl` and `<html lang>` */
export function localeOf(lng: string | undefined): string {
  return toLanguage(lng) === 'zh' ? 'zh-CN' : 'en-US';
}

const chunks: Record<
  Language,
  () => Promise<{ default: Record<string, Record<string, unknown>> }>
> = {
  en: () => Promise.resolve({ default: english }),
  zh: () => import('./locale-zh'),
};
const bundles = new Map<Language, Promise<Bundle>>();

/** Every namespace of one language (its chunk is loaded once). */
export function loadLanguageBundle(lng: string): Promise<Bundle> {
  const language = toLanguage(lng);
  let bundle = bundles.get(language);
  if (!bundle) {
    bundle = chunks[language]().then((module) => collectResources(module.default)[language] ?? {});
    bundle.catch(() => bundles.delete(language)); // a failed download may be retried
    bundles.set(language, bundle);
  }
  return bundle;
}

/**
 * i18next asks for one namespace at a time; the language's chunk holds all of them, so the
 * first answer puts every namespace of the language into the store (`useTranslation('x')`
 * then finds `x` without loading anything).
 */
const languageChunks: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(lng, ns, callback) {
    loadLanguageBundle(lng).then(
      (bundle) => {
        for (const [name, content] of Object.entries(bundle)) {
          if (!i18n.hasResourceBundle(lng, name)) i18n.addResourceBundle(lng, name, content);
        }
        callback(null, bundle[ns] ?? {});
      },
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/** Settles when the detected language (and English, the fallback) is loaded. */
export const i18nReady: Promise<unknown> = i18n
  .use(languageChunks)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: collectResources(english).en ?? {} },
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: [DEFAULT_NAMESPACE],
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator', 'htmlTag'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  })
  .catch((error: unknown) => {
    // the console still renders, with keys instead of words
    console.error('The translations could not be loaded.', error);
  });

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = localeOf(lng);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export { i18n };
