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
 * Only the page being opened is preloaded: the other routes still load when they are opened.
 */
export type LazyRoute = {
  /** the router's pattern, as in src/config/paths.ts (`/upgrade/:subscriptionId`) */
  path: string;
  /** the route module, relative to the project (`src/app/routes/upgrade.tsx`) */
  module: string;
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
 * The script for index.html. `routes` are [pattern, files] pairs, `always` the files every page
 * needs (the mock's); in the script each file is written once and the routes name it by index.
 * Hrefs are `base` + file.
 */
export function preloadScript(
  base: string,
  routes: [string, string[]][],
  always: string[],
): string {
  const files = [...new Set([...always, ...routes.flatMap(([, own]) => own)])];
  const index = (list: string[]) => list.map((file) => files.indexOf(file));
  const table = routes.map(([pattern, own]) => [
    pattern,
    index(own.filter((file) => !always.includes(file))),
  ]);
  return `(function () {
  try {
    var base = ${JSON.stringify(base)}, files = ${JSON.stringify(files)};
    var routes = ${JSON.stringify(table)}, wanted = ${JSON.stringify(index(always))};
    var path = location.pathname;
    if (path.indexOf(base) === 0) path = path.slice(base.length - 1);
    for (var i = 0; i < routes.length; i++) {
      if (new RegExp(routes[i][0], 'i').test(path)) {
        wanted = wanted.concat(routes[i][1]);
        break;
      }
    }
    for (var j = 0; j < wanted.length; j++) {
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

export function routePreload(routes: readonly LazyRoute[]): Plugin {
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

        const table: [string, string[]][] = routes.map(({ path, module }) => {
          const chunk = moduleChunk(bundle, module);
          if (!chunk) throw new Error(`route-preload: no chunk for ${module} (${path})`);
          return [pathPattern(path), own(chunk.fileName)];
        });
        // built with VITE_API_BASE_URL there is no mock, and nothing of it to preload
        const mock = moduleChunk(bundle, MOCK_MODULE);
        const always = mock ? own(mock.fileName) : [];
        return html.replace(
          ROUTE_PRELOAD_MARKER,
          `<script>\n${preloadScript(base, table, always)}\n</script>`,
        );
      },
    },
  };
}
