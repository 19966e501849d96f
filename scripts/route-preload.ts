import type { Rolldown } from 'vite';
import type { Page } from '../src/app/routes/manifest.ts';

/**
 * The opened page's own chunks and translations, and the mock's, requested by index.html's boot
 * script beside the entry instead of once the entry has run and the router has matched the URL:
 * on a phone that is a second round of requests after a second of downloading and running the
 * entry.
 *
 * The build writes a table (route → files, per language) into the boot script
 * (scripts/boot-script.ts), with `preload` (below) to read it: it matches `location.pathname` as
 * React Router does and adds a `<link rel="modulepreload">` per script (a style preload per CSS
 * file) for the matched page, the shell's translations and the mock, in the language the boot
 * script chose (`<html lang>`). The dynamic `import()`s later find those files fetched. A page
 * served by the reference backend (`<meta name="sc-backend" content="server">`, server/app.ts)
 * runs no mock: its chunks are not preloaded.
 */
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

/** The boot script's second part (as `(preload)(table)`): plain browser code, no imports. */
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
    const served = document.querySelector('meta[name="sc-backend"][content="server"]');
    const files = [...(served ? [] : table.always), ...(table.shell[lng] ?? [])];
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

export type PreloadOptions = {
  root: string;
  base: string;
  /** the route manifest */
  pages: readonly Page[];
  /** the fallback first */
  languages: readonly string[];
  /** every page's namespaces */
  shell: readonly string[];
};

/** The table `preload` reads, from the built chunks (scripts/boot-script.ts writes both). */
export function preloadTable(
  bundle: Rolldown.OutputBundle,
  entry: Rolldown.OutputChunk,
  { root, base, pages, languages, shell }: PreloadOptions,
): PreloadTable {
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
  return {
    base,
    always: own(MOCK_MODULE),
    shell: texts(shell),
    routes: pages.map(({ path, module, namespaces }) => [
      path,
      own(`src/app/routes/${module}.tsx`),
      texts(namespaces),
    ]),
  };
}
