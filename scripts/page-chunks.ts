import { dirname, resolve as resolvePath } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/**
 * The pages' code in a few chunks, instead of one per set of lazy modules that import it.
 *
 * Left to itself the bundler puts each module that is not in the entry into a chunk with the
 * modules imported by exactly the same lazy modules (the routes, the header's menus, the demo
 * panel, the chart, the mock, …). Opened first, the Upgrade wizard then requested 24 files of
 * its own (besides the entry and the mock) before its first step was on screen, most under 1 KB
 * gzip: over HTTP/1.1 a browser fetches six at a time from a host, and on a phone each round of
 * six is a round trip more (`npm run bench`, Lighthouse mobile: the wizard's largest paint
 * 3.2 → 2.9 s).
 *
 * So the modules that the pages of `pages` import, the product's and the libraries', and that
 * the first page does not load, are grouped by the groups of pages that import them:
 * `wizard` (what only Renew and Upgrade import), `orders_resources` (what the orders' pages
 * and Purchased resources import, and no other page), …; the groups that would be smaller than
 * `minSize` are one chunk, `pages`. What the first page loads — the entry's modules, and what
 * they import lazily short of the pages' routes (the mock, the contract, the header's menus,
 * the chart, …) — stays where the bundler puts it: the first page never loads a page's chunk.
 * What those import lazily in turn (the demo panel, opened by a click) may import the pages'.
 *
 * A chunk's modules import only modules of the entry, of the first page, of their own chunk and
 * of chunks of more groups (or `pages`), so each chunk holds just its modules
 * (`includeDependenciesRecursively: false`); a group that `pages` would import and that would
 * import `pages` is put into `pages` too, so that no two chunks import each other.
 *
 * Which modules a page imports is read through barrels: `import { Table } from '@mantine/core'`
 * reaches Mantine's Table, not every module that `@mantine/core`'s index re-exports.
 */
export type PageChunks = {
  /** the console's entry, relative to the project (`src/main.tsx`) */
  entry: string;
  /** group of pages → its pages' route modules, relative to the project */
  pages: Record<string, readonly string[]>;
  /** bytes of code (before minifying) below which a chunk of several groups goes into `pages` */
  minSize?: number;
};

/** the chunk of the groups too small to be chunks of their own */
export const SHARED_BY_PAGES = 'pages';

// ---------------------------------------------------------------- the graph, through barrels

/** what a module imports from one specifier: names (`default` for a default import), or all */
type Imported = { spec: string; names: Set<string> | 'all' };
/** a module's import and re-export statements, and, for a barrel, where each export comes from */
type Parsed = { imports: Imported[]; reexports?: Map<string, { spec: string; name: string }> };

const STATEMENT =
  /\b(import|export)(?![\w$])\s*(type\s+)?([\w$]+\s*,?\s*)?(\*\s*(?:as\s+[\w$]+)?|\{[^}]*\})?\s*from\s*(['"])([^'"]+)\5|\bimport\s*(['"])([^'"]+)\7/g;
const LOCAL_EXPORT = /\bexport\s*\{([^}]*)\}\s*(?!\s*from)/g;
const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:'"])\/\/[^\n]*/g;

const specifiers = (list: string) =>
  list
    .replace(/[{}]/g, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('type '))
    .map((part) => {
      const [name, alias] = part.split(/\s+as\s+/);
      return { name: (name ?? '').trim(), alias: (alias ?? name ?? '').trim() };
    });

/** the import and export statements of a module's code (a regular-expression reading, enough for ESM) */
export function parseModule(code: string): Parsed {
  const imports: Imported[] = [];
  const locals = new Map<string, { spec: string; name: string }>();
  const reexports = new Map<string, { spec: string; name: string }>();
  const source = code.replace(COMMENT, '$1');
  let rest = source;
  for (const match of source.matchAll(STATEMENT)) {
    rest = rest.replace(match[0], '');
    const [, kind, typeOnly, defaultName, list, , spec, , bareSpec] = match;
    if (bareSpec) {
      imports.push({ spec: bareSpec, names: new Set() });
      continue;
    }
    if (typeOnly || !spec) continue;
    const names = new Set<string>();
    let all = false;
    const defaultLocal = defaultName?.replace(',', '').trim();
    if (defaultLocal) {
      names.add('default');
      locals.set(defaultLocal, { spec, name: 'default' });
    }
    if (list?.startsWith('*')) {
      all = true;
      const alias = /as\s+([\w$]+)/.exec(list)?.[1];
      if (kind === 'import' && alias) locals.set(alias, { spec, name: '*' });
      if (kind === 'export') reexports.set(alias ?? `*${spec}`, { spec, name: '*' });
    } else if (list) {
      for (const { name, alias } of specifiers(list)) {
        names.add(name);
        if (kind === 'import') locals.set(alias, { spec, name });
        else reexports.set(alias, { spec, name });
      }
    }
    imports.push({ spec, names: all ? 'all' : names });
  }
  for (const match of rest.matchAll(LOCAL_EXPORT)) {
    rest = rest.replace(match[0], '');
    for (const { name, alias } of specifiers(match[1] ?? '')) {
      const from = locals.get(name);
      if (!from) return { imports }; // exports its own code: not a barrel
      reexports.set(alias, from);
    }
  }
  // a barrel has nothing but those statements (and directives such as 'use client')
  const isBarrel = rest.replace(/(['"])use \w+\1;?/g, '').replace(/[\s;]/g, '') === '';
  return isBarrel && reexports.size > 0 ? { imports, reexports } : { imports };
}

/** the modules each module imports (statically, through barrels) and imports lazily */
export type ModuleGraph = Map<string, { imports: readonly string[]; dynamic: readonly string[] }>;

/** Every module reached from `roots` by static imports, not entering `stop`. */
export function closure(
  graph: ModuleGraph,
  roots: readonly string[],
  stop: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || stop.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.get(id)?.imports ?? []));
  }
  return seen;
}

const normalize = (id: string) => id.replaceAll('\\', '/');

/** `a_b` ⊂ `a_b_c`: the groups of one chunk are among another's */
const within = (small: string, large: string) =>
  small !== large && small.split('_').every((group) => large.split('_').includes(group));

/**
 * Each module that the pages import and the first page does not load → its chunk: the names of
 * the groups whose pages import it (`orders_resources`), or `pages`.
 */
export function assignGroups(
  graph: ModuleGraph,
  { entry, pages, minSize = 0 }: PageChunks,
  sizes: ReadonlyMap<string, number> = new Map(),
): Map<string, string> {
  const ids = [...graph.keys()];
  const find = (path: string) => ids.filter((id) => normalize(id).endsWith(`/${path}`));
  const routes = new Set(Object.values(pages).flat().flatMap(find));
  // the entry's modules, and what they import lazily (the mock, the menus, …) with their
  // imports; not what those import lazily in turn (the demo panel, opened by a click)
  const loaded = closure(graph, find(entry), routes);
  const lazy = [...loaded].flatMap((id) => graph.get(id)?.dynamic ?? []);
  const firstPage = new Set([...loaded, ...closure(graph, lazy, routes)]);

  const owners = new Map<string, Set<string>>();
  for (const [group, modules] of Object.entries(pages)) {
    for (const id of closure(graph, modules.flatMap(find), firstPage)) {
      owners.set(id, (owners.get(id) ?? new Set()).add(group));
    }
  }
  const chunkOf = new Map([...owners].map(([id, groups]) => [id, [...groups].sort().join('_')]));
  const size = new Map<string, number>();
  for (const [id, chunk] of chunkOf) size.set(chunk, (size.get(chunk) ?? 0) + (sizes.get(id) ?? 0));

  // the chunks of several groups too small to be requested on their own; and then each chunk
  // between two of them (`a_b` ⊂ `a_b_c` ⊂ `a_b_c_d`), which `pages` would import and which
  // would import `pages`
  const merged = new Set(
    [...size].filter(([chunk, bytes]) => chunk.includes('_') && bytes < minSize).map(([c]) => c),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const chunk of size.keys()) {
      if (merged.has(chunk)) continue;
      const inner = [...merged].some((small) => within(small, chunk));
      const outer = [...merged].some((large) => within(chunk, large));
      if (inner && outer) {
        merged.add(chunk);
        changed = true;
      }
    }
  }
  return new Map(
    [...chunkOf].map(([id, chunk]) => [id, merged.has(chunk) ? SHARED_BY_PAGES : chunk]),
  );
}

type Context = Pick<Rolldown.PluginContext, 'getModuleIds' | 'getModuleInfo' | 'resolve'>;

/** the build's module graph, with an import from a barrel leading to the modules of the names imported */
async function moduleGraph(context: Context, parsed: Map<string, Parsed>): Promise<ModuleGraph> {
  const ids = [...context.getModuleIds()];
  const info = new Map(ids.map((id) => [id, context.getModuleInfo(id)]));
  const barrels = new Set(ids.filter((id) => parsed.get(id)?.reexports));
  const resolved = new Map<string, string | undefined>();
  const resolveSpec = async (spec: string, importer: string) => {
    const key = `${importer}\0${spec}`;
    if (!resolved.has(key)) {
      const relative = spec.startsWith('.') ? resolvePath(dirname(importer), spec) : undefined;
      const id =
        relative && info.has(relative) ? relative : (await context.resolve(spec, importer))?.id;
      resolved.set(key, id && info.has(id) ? id : undefined);
    }
    return resolved.get(key);
  };
  /** all of a barrel (`import * as icons`, `import('@mantine/notifications')`): its modules */
  const whole = (id: string, seen = new Set<string>()): string[] => {
    if (!barrels.has(id) || seen.has(id)) return [id];
    seen.add(id);
    return (info.get(id)?.importedIds ?? []).flatMap((target) => whole(target, seen));
  };
  /** the modules that `names` of `barrel` come from, into `out`: whether it found them all */
  const through = async (
    barrel: string,
    names: Set<string> | 'all',
    out: Set<string>,
  ): Promise<boolean> => {
    const reexports = parsed.get(barrel)?.reexports;
    if (!reexports || names === 'all') {
      for (const id of whole(barrel)) out.add(id);
      return true;
    }
    const stars = [...reexports].filter(([key]) => key.startsWith('*')).map(([, from]) => from);
    for (const name of names) {
      const from = reexports.get(name);
      const candidates = from ? [from] : stars.map(({ spec }) => ({ spec, name }));
      let found = false;
      for (const candidate of candidates) {
        const target = await resolveSpec(candidate.spec, barrel);
        if (!target) continue;
        if (barrels.has(target)) {
          const all = candidate.name === '*' ? 'all' : new Set([candidate.name]);
          const inner = new Set<string>();
          if (await through(target, all, inner)) {
            for (const id of inner) out.add(id);
            found = true;
          }
        } else if (from || info.get(target)?.exports.includes(name)) {
          out.add(target);
          found = true;
        }
        if (found && from) break;
      }
      if (!found) return false;
    }
    return true;
  };

  const graph: ModuleGraph = new Map();
  for (const id of ids) {
    const imported = info.get(id)?.importedIds ?? [];
    const dynamic = (info.get(id)?.dynamicallyImportedIds ?? []).flatMap((target) => [
      target,
      ...(barrels.has(target) ? whole(target) : []),
    ]);
    const statements = parsed.get(id)?.imports;
    // a barrel leads nowhere by itself: each of its importers leads to what it imports from it
    if (barrels.has(id)) {
      graph.set(id, { imports: [], dynamic });
      continue;
    }
    if (!statements || !imported.some((target) => barrels.has(target))) {
      graph.set(id, { imports: imported, dynamic });
      continue;
    }
    const out = new Set(imported.filter((target) => !barrels.has(target)));
    const reached = new Set<string>();
    for (const { spec, names } of statements) {
      const target = await resolveSpec(spec, id);
      if (!target || !barrels.has(target)) continue;
      reached.add(target);
      // a name it could not follow: all of that barrel
      if (!(await through(target, names, out))) {
        await through(target, 'all', out);
      }
    }
    // a barrel the statements did not account for: all of it
    for (const barrel of imported.filter((target) => barrels.has(target) && !reached.has(target))) {
      await through(barrel, 'all', out);
    }
    graph.set(id, { imports: [...out], dynamic });
  }
  return graph;
}

/**
 * The plugin that reads the module graph once it is built, and the code-splitting group that
 * uses what it read (vite.config.ts puts it after the entry's group).
 */
export function pageChunks(options: PageChunks): {
  plugin: Plugin;
  groups: Rolldown.CodeSplittingGroup[];
} {
  const parsed = new Map<string, Parsed>();
  const sizes = new Map<string, number>();
  let assigned = new Map<string, string>();
  const plugin: Plugin = {
    name: 'page-chunks',
    apply: 'build',
    transform: {
      order: 'post',
      handler(code, id) {
        if (/\.[cm]?[jt]sx?$/.test(id)) parsed.set(id, parseModule(code));
        sizes.set(id, code.length);
        return null;
      },
    },
    async buildEnd(error) {
      if (error) return;
      // what was read is kept: in `vite build --watch` a rebuild transforms only the modules
      // that changed, and reads the others' from here (the graph takes the build's modules only)
      assigned = assignGroups(await moduleGraph(this, parsed), options, sizes);
    },
  };
  const groups = [
    {
      debugName: 'pages',
      name: (id: string) => assigned.get(id) ?? null,
      test: (id: string) => assigned.has(id),
      // each chunk holds just its modules: what they import is in the entry, the first page's
      // chunks, their own or another page chunk (see above)
      includeDependenciesRecursively: false,
    },
  ];
  return { plugin, groups };
}
