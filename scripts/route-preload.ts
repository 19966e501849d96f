import type { Plugin, Rolldown } from 'vite';

/**
 * The first page's own chunks, requested by index.html beside the entry script instead of
 * after it has run.
 *
 * A lazy route's module is imported once the entry has been evaluated and the router has
 * matched the URL; the mock's code (src/mocks/browser.ts) once `main.tsx` has run. On a phone
 * that is a second round of requests after a second of downloading and running the entry.
 * This plugin writes into index.html (where it says `<!-- route-preload -->`) a small script
 * that matches `location.pathname` against the console's lazy routes and adds a
 * `<link rel="modulepreload">` for each chunk the matched route's module imports statically
 * (and a style preload for its CSS), and for the mock's chunks when the build has the mock.
 * The dynamic `import()` later finds those modules already fetched.
 *
 * Translations too: the chunks of the namespaces the page shows (and the shell's, where they are
 * not in the entry), in the language the console will choose (its stored choice, else the first
 * of the browser's languages it has, else English; English as well, the fallback), which
 * src/lib/i18n.ts would otherwise request only once the entry has run and the router has
 * matched the URL.
 *
 * Only the page being opened is preloaded: the other routes still load when they are opened.
 */
export type PreloadedRoute = {
  /** the router's pattern, as in src/config/paths.ts (`/upgrade/:subscriptionId`) */
  path: string;
  /** the route module, relative to the project (`src/app/routes/upgrade.tsx`); none for a page in the entry */
  module?: string;
  /** the i18next namespaces router.tsx loads beside the module (`src/locales/<lng>/<ns>.json`) */
  namespaces: readonly string[];
};

export type Translations = {
  /** the languages there are (src/lib/i18n.ts), the fallback first */
  languages: readonly string[];
  /** the namespaces every page shows (SHELL_NAMESPACES) */
  shell: readonly string[];
  /** where the console keeps the visitor's choice of language (LANGUAGE_STORAGE_KEY) */
  storageKey: string;
};

export const ROUTE_PRELOAD_MARKER = '<!-- route-preload -->';
const MOCK_MODULE = 'src/mocks/browser.ts';

/** `/upgrade/:subscriptionId` → a case-insensitive pattern of the whole pathname, as React Router matches. */
export function pathPattern(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return `^/${segments.join('/')}/?$`;
}

type Chunk = Rolldown.OutputChunk;

function chunksOf(bundle: Rolldown.OutputBundle): Chunk[] {
  return Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk');
}

/** A chunk's file and every file it imports statically, its CSS included. */
function closure(
  bundle: Rolldown.OutputBundle,
  file: string,
  into = new Set<string>(),
): Set<string> {
  const chunk = bundle[file];
  if (!chunk || chunk.type !== 'chunk' || into.has(file)) return into;
  into.add(file);
  for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
  for (const next of chunk.imports) closure(bundle, next, into);
  return into;
}

/**
 * The script for index.html. `routes` are [pattern, files, files by language] triples, `always`
 * the files every page needs (the mock's) and `byLanguage` those every page needs in a language
 * (the shell's translations); in the script each file is written once and the lists name it by
 * index. Hrefs are `base` + file.
 */
export function preloadScript(
  base: string,
  routes: [string, string[], Record<string, string[]>][],
  always: string[],
  byLanguage: Record<string, string[]>,
  storageKey: string,
): string {
  const files = [
    ...new Set([
      ...always,
      ...Object.values(byLanguage).flat(),
      ...routes.flatMap(([, own, translations]) => [...own, ...Object.values(translations).flat()]),
    ]),
  ];
  const index = (list: string[]) => list.map((file) => files.indexOf(file));
  const indexAll = (lists: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(lists).map(([lng, list]) => [lng, index(list)]));
  const table = routes.map(([pattern, own, translations]) => [
    pattern,
    index(own.filter((file) => !always.includes(file))),
    indexAll(translations),
  ]);
  const languages = Object.keys(byLanguage);
  return `(function () {
  try {
    var base = ${JSON.stringify(base)}, files = ${JSON.stringify(files)};
    var routes = ${JSON.stringify(table)}, wanted = ${JSON.stringify(index(always))};
    var shell = ${JSON.stringify(indexAll(byLanguage))}, languages = ${JSON.stringify(languages)};
    // the language i18next will choose: the stored choice, else the browser's first it has
    var lng = languages[0], asked = [];
    try {
      asked.push(localStorage.getItem(${JSON.stringify(storageKey)}));
    } catch (e) {}
    asked = asked.concat(navigator.languages || [navigator.language]);
    for (var k = 0; k < asked.length; k++) {
      var code = String(asked[k] || '').toLowerCase().split('-')[0];
      if (languages.indexOf(code) >= 0) {
        lng = code;
        break;
      }
    }
    if (shell[lng]) wanted = wanted.concat(shell[lng]);
    var path = location.pathname;
    if (path.indexOf(base) === 0) path = path.slice(base.length - 1);
    for (var i = 0; i < routes.length; i++) {
      if (new RegExp(routes[i][0], 'i').test(path)) {
        wanted = wanted.concat(routes[i][1], routes[i][2][lng] || []);
        break;
      }
    }
    var seen = {};
    for (var j = 0; j < wanted.length; j++) {
      if (seen[wanted[j]]) continue;
      seen[wanted[j]] = true;
      var file = files[wanted[j]], link = document.createElement('link');
      if (/\\.css$/.test(file)) {
        link.rel = 'preload';
        link.as = 'style';
      } else link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = base + file;
      document.head.appendChild(link);
    }
  } catch (e) {}
})();`;
}

export function routePreload(
  routes: readonly PreloadedRoute[],
  translations: Translations,
): Plugin {
  let base = '/';
  let root = '';
  // the chunk with the module in it (its own, or one a code-splitting group put it in)
  const moduleChunk = (bundle: Rolldown.OutputBundle, module: string) =>
    chunksOf(bundle).find((chunk) => chunk.moduleIds.includes(`${root}/${module}`));

  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        if (!html.includes(ROUTE_PRELOAD_MARKER))
          throw new Error(`index.html has no ${ROUTE_PRELOAD_MARKER} for the route preloads`);
        // what index.html loads already
        const loaded = closure(bundle, entry.fileName);
        const own = (file: string) => [...closure(bundle, file)].filter((f) => !loaded.has(f));
        const [fallback] = translations.languages;
        // the chunks of `namespaces` in `lng` and in the fallback, where they are not in the entry
        const translated = (namespaces: readonly string[]) =>
          Object.fromEntries(
            translations.languages.map((lng) => [
              lng,
              [...new Set([lng, fallback])].flatMap((language) =>
                namespaces.flatMap((ns) => {
                  const module = `src/locales/${language}/${ns}.json`;
                  const chunk = moduleChunk(bundle, module);
                  if (!chunk) throw new Error(`route-preload: no chunk for ${module}`);
                  return own(chunk.fileName);
                }),
              ),
            ]),
          );

        const table: [string, string[], Record<string, string[]>][] = routes.map(
          ({ path, module, namespaces }) => {
            const chunk = module ? moduleChunk(bundle, module) : entry;
            if (!chunk) throw new Error(`route-preload: no chunk for ${module} (${path})`);
            return [pathPattern(path), module ? own(chunk.fileName) : [], translated(namespaces)];
          },
        );
        // built with VITE_API_BASE_URL there is no mock, and nothing of it to preload
        const mock = moduleChunk(bundle, MOCK_MODULE);
        const always = mock ? own(mock.fileName) : [];
        return html.replace(
          ROUTE_PRELOAD_MARKER,
          `<script>\n${preloadScript(base, table, always, translated(translations.shell), translations.storageKey)}\n</script>`,
        );
      },
    },
  };
}
