import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, SHELL_NAMESPACES } from '@/config/languages';
import type { AppResources } from './i18n-resources';
import english from './locale-en';

/**
 * Languages: English and Simplified Chinese. Each `src/locales/<lng>/<ns>.json` is
 * the namespace `<ns>` — a feature adds `overview.json` in both folders and uses
 * `useTranslation('overview')`; `src/lib/i18n-resources.ts` lists the namespaces for
 * the type checker. `i18n.test.ts` fails when a key exists in one language only.
 *
 * What the first page shows in English, the default and the fallback, is in the main bundle
 * (`./locale-en.ts`: the shell's `common`, `errors`, the Overview's `overview`; no request
 * before the first render). Every other namespace, and every Chinese one, is a chunk of its
 * own: `main.tsx` renders once `i18nReady` has settled (the shell's namespaces in the page's
 * language, which index.html chooses and sets as `<html lang>`), a route loads its page's
 * namespaces before the page renders (`loadNamespaces` in `app/router.tsx`: no keys on screen,
 * no Suspense fallback), and a switch of language loads every namespace in use before it
 * switches.
 */
export type Namespace = keyof AppResources;
export const DEFAULT_NAMESPACE = 'common';
export { LANGUAGES, SHELL_NAMESPACES };
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'sc-ui:language';

type Resources = Record<string, Record<string, Record<string, unknown>>>;
type Translations = Record<string, unknown>;

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

const bundled = collectResources(english);
/** one chunk per file that is not in the main bundle (the pattern repeats locale-en.ts's list) */
const chunks = import.meta.glob<Translations>(
  ['../locales/*/*.json', '!../locales/en/{common,errors,overview}.json'],
  { import: 'default' },
);
const chunkOf = (lng: string, ns: string) => chunks[`../locales/${lng}/${ns}.json`];

/** Every namespace there is, bundled or not (the type checker's list is `AppResources`). */
export const NAMESPACES = [
  ...new Set(
    [...Object.keys(english), ...Object.keys(chunks)].map((file) =>
      file.replace(/^.*\/|\.json$/g, ''),
    ),
  ),
].sort() as Namespace[];

/** One namespace of one language: from the main bundle, or its chunk. */
export function loadNamespace(lng: string, ns: string): Promise<Translations> {
  const language = toLanguage(lng);
  const inBundle = bundled[language]?.[ns];
  if (inBundle) return Promise.resolve(inBundle);
  const chunk = chunkOf(language, ns);
  return chunk ? chunk() : Promise.reject(new Error(`no translations for ${language}/${ns}`));
}

/** i18next asks for one namespace of one language at a time: its chunk. */
const namespaceChunks: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(lng, ns, callback) {
    loadNamespace(lng, ns).then(
      (content) => callback(null, content),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/**
 * Loads namespaces in the current language (and English, the fallback) — a route calls it
 * beside its module, so its page renders with its words at once.
 */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18nReady.then(() => i18n.loadNamespaces([...namespaces]));
}

/**
 * The language index.html chose for the page (`<html lang>`: the stored choice, else the first
 * of the browser's languages the console has, else English).
 */
const pageLanguage = (): Language =>
  typeof document === 'undefined' ? 'en' : toLanguage(document.documentElement.lang);

const shellNamespaces: readonly Namespace[] = SHELL_NAMESPACES;

/** Settles when the page's language (and English, the fallback) is loaded. */
export const i18nReady: Promise<unknown> = i18n
  .use(namespaceChunks)
  .use(initReactI18next)
  .init({
    lng: pageLanguage(),
    resources: { en: bundled.en ?? {} },
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: [...shellNamespaces],
    defaultNS: DEFAULT_NAMESPACE,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  })
  .catch((error: unknown) => {
    // the console still renders, with keys instead of words
    console.error('The translations could not be loaded.', error);
  });

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = localeOf(lng);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  syncDocumentLanguage(lng);
  // the visitor's choice, which index.html reads on the next visit
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, toLanguage(lng));
  } catch {
    // storage unavailable: the browser's languages decide next time
  }
});

export { i18n };
