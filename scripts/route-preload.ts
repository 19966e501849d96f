import type { Plugin, Rolldown } from 'vite';
import type { Page } from '../src/app/routes/manifest.ts';

/**
 * The opened page's own chunks and translations, and the mock's, requested by index.html beside
 * the entry instead of once the entry has run and the router has matched the URL: on a phone that
 * is a second round of requests after a second of downloading and running the entry.
 *
 * The build writes a table (route → files, per language) where index.html says
 * `<!-- route-preload -->`, with `preload` (below) to read it: it matches `location.pathname` as
 * React Router does and adds a `<link rel="modulepreload">` per script (a style preload per CSS
 * file) for the matched page, the shell's translations and the mock, in the language index.html
 * chose (`<html lang>`). The dynamic `import()`s later find those files fetched.
 */
export const ROUTE_PRELOAD_MARKER = '<!-- route-preload -->';
const MOCK_MODULE = 'src/mocks/browser.ts';

export type PreloadTable = {
  base: string;
  /** what every page needs: the mock's chunks (none in a build for a real backend) */
  always: string[];
  /** language → the shell's translations not in the entry */
  shell: Record<string, string[]>;
  /** [router pattern, its own files, language → its translations] */
  routes: [string, string[], Record<string, string[]>][];
};

/** The script index.html runs (as `(preload)(table)`): plain browser code, no imports. */
export function preload(table: PreloadTable): void {
  try {
    const lng = document.documentElement.lang;
    let path = location.pathname;
    if (path.indexOf(table.base) === 0) path = path.slice(table.base.length - 1);
    const segments = path.toLowerCase().split('/').filter(Boolean);
    // `/upgrade/:subscriptionId` matches `/Upgrade/sas-1/`, not `/upgrade` or `/upgrade/a/b`
    const route = table.routes.find(([pattern]) => {
      const parts = pattern.toLowerCase().split('/').filter(Boolean);
      return (
        parts.length === segments.length &&
        parts.every((part, i) => part.startsWith(':') || part === segments[i])
      );
    });
    const files = [...table.always, ...(table.shell[lng] ?? [])];
    if (route) files.push(...route[1], ...(route[2][lng] ?? []));
    for (const file of new Set(files)) {
      const link = document.createElement('link');
      if (file.endsWith('.css')) {
        link.rel = 'preload';
        link.as = 'style';
      } else link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = table.base + file;
      document.head.appendChild(link);
    }
  } catch {
    // the pages still load their code when they are opened
  }
}

/** A chunk's file and every file it imports statically, its CSS included. */
function closure(bundle: Rolldown.OutputBundle, file: string, into = new Set<string>()) {
  const chunk = bundle[file];
  if (!chunk || chunk.type !== 'chunk' || into.has(file)) return into;
  into.add(file);
  for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
  for (const next of chunk.imports) closure(bundle, next, into);
  return into;
}

/** `pages`: the route manifest; `languages`: the fallback first; `shell`: every page's namespaces. */
export function routePreload(
  pages: readonly Page[],
  languages: readonly string[],
  shell: readonly string[],
): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        if (!html.includes(ROUTE_PRELOAD_MARKER))
          throw new Error(`index.html has no ${ROUTE_PRELOAD_MARKER}`);
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const chunkOf = (module: string) =>
          chunks.find((chunk) => chunk.moduleIds.includes(`${root}/${module}`));
        const loaded = closure(bundle, entry.fileName);
        // a module's chunk and what it imports, short of what the entry loads already
        const own = (module: string) => {
          const chunk = chunkOf(module);
          return chunk ? [...closure(bundle, chunk.fileName)].filter((f) => !loaded.has(f)) : [];
        };
        // in each language, its translations and English's (the fallback, which i18next loads too)
        const texts = (namespaces: readonly string[]) =>
          Object.fromEntries(
            languages.map((lng) => [
              lng,
              [...new Set([lng, languages[0]])].flatMap((language) =>
                namespaces.flatMap((ns) => own(`src/locales/${language}/${ns}.json`)),
              ),
            ]),
          );
        const table: PreloadTable = {
          base,
          always: own(MOCK_MODULE),
          shell: texts(shell),
          routes: pages.map(({ path, module, namespaces }) => [
            path,
            own(`src/app/routes/${module}.tsx`),
            texts(namespaces),
          ]),
        };
        return html.replace(
          ROUTE_PRELOAD_MARKER,
          `<script>\n(${preload.toString()})(${JSON.stringify(table)});\n</script>`,
        );
      },
    },
  };
}
