/**
 * The production build, as it ships. SPEC §2: built with VITE_API_BASE_URL the app talks to that
 * backend and the mock is left out; built without it, the bundle is the complete static demo.
 * Each build is made once and shared by the tests that read it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES as MANIFEST, type Page } from '../src/app/routes/manifest.ts';

/** MSW (its links to mswjs.io, its `[MSW]` messages) and the mock's storage key */
const MOCK_MARKERS = ['mswjs', 'MSW', 'sc-console:world'];
/**
 * Sales demo mode: the Demo button's shortcut, the shared link's parameter and storage
 * key (src/features/demo), and an id only the lazily loaded panel renders.
 */
const DEMO_LINK_MARKERS = ['Control+Shift+D', 'demoAssets', 'sc-demo:scenario-start'];
const DEMO_PANEL_MARKER = 'demo-clock-region';
/** tough-cookie's (MSW's cookie store), which the build replaces with an empty jar */
const TOUGH_COOKIE_MARKER = 'Cookie has domain set to a public suffix';
/** @floating-ui/react's, which Mantine's ScrollArea would pull in (scrollAreaMergeRefs) */
const FLOATING_UI_MARKER = 'data-floating-ui-focusable';
const PAGES: readonly Page[] = MANIFEST;
/** the static demo is built under a sub-path, as it may be deployed */
const BASE = '/console/';

type Manifest = Record<
  string,
  { file: string; src?: string; imports?: string[]; dynamicImports?: string[]; css?: string[] }
>;

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

const builds = new Map<string, string>();
/** `vite build` with these variables (once per set), with Vite's manifest of the chunks. */
function build(env: Record<string, string>): string {
  const key = JSON.stringify(env);
  const built = builds.get(key);
  if (built) return built;
  const outDir = mkdtempSync(join(tmpdir(), 'sc-console-build-'));
  outDirs.push(outDir);
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--manifest'],
    {
      env: { ...process.env, ...env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
  builds.set(key, outDir);
  return outDir;
}
const demoBuild = () => build({ VITE_API_BASE_URL: '', VITE_BASE_PATH: BASE });
const backendBuild = () => build({ VITE_API_BASE_URL: 'http://127.0.0.1:9' });

const read = (outDir: string, file: string) => readFileSync(join(outDir, file), 'utf8');
/** Whether each marker is in a (large) text: a failure names the marker, not the whole text. */
const markers = (text: string, list: string[]) =>
  Object.fromEntries(list.map((marker) => [marker, text.includes(marker)]));
const every = (list: string[], value: boolean) =>
  Object.fromEntries(list.map((marker) => [marker, value]));
const manifestOf = (outDir: string) => JSON.parse(read(outDir, '.vite/manifest.json')) as Manifest;

/** Every file of the build with this extension, joined. */
function allOf(outDir: string, ext: '.js' | '.css'): string {
  return readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith(ext))
    .map((file) => read(outDir, `assets/${file}`))
    .join('\n');
}

/** A chunk's file and the files of everything it imports statically, CSS included. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const next of chunk.imports ?? []) closure(manifest, next, into);
  return into;
}

/** The manifest's key of the chunk that holds `module` (from the chunks' source maps). */
function chunkOf(outDir: string, manifest: Manifest, module: string): string | undefined {
  if (manifest[module]) return module;
  return Object.keys(manifest).find((key) => {
    const map = join(outDir, `${manifest[key]!.file}.map`);
    return (
      existsSync(map) &&
      (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources.some((source) =>
        source.endsWith(`/${module}`),
      )
    );
  });
}

type Visitor = {
  pathname?: string;
  languages?: string[];
  stored?: string | null;
  /** served by the reference backend (server/app.ts adds its meta to index.html) */
  served?: boolean;
};

/** index.html's `<script>` tags: what they are and their body. */
const scriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attrs, body]) => ({
    src: /\bsrc="([^"]+)"/.exec(attrs!)?.[1],
    module: /\btype="module"/.test(attrs!),
    json: /\btype="application\/json"/.test(attrs!),
    id: /\bid="([^"]+)"/.exec(attrs!)?.[1],
    body: body!,
  }));

/**
 * index.html's classic scripts (its boot script), in order, run against a stand-in for the page (a
 * visitor's location, languages and stored choice): the language they choose, the boot frame's
 * text in it, the links they add (preloads, the stylesheet) and `window.consoleStyles`.
 */
function openIndexHtml(outDir: string, visitor: Visitor = {}) {
  const html = read(outDir, 'index.html');
  const { pathname = `${BASE}overview`, languages = ['en-US', 'en'], stored = null } = visitor;
  const links: Record<string, unknown>[] = [];
  const fetched: string[] = [];
  const documentElement = { lang: 'en', setAttribute: () => undefined };
  const window: { consoleStyles?: Promise<void>; matchMedia: () => { matches: boolean } } = {
    matchMedia: () => ({ matches: false }),
  };
  const served = visitor.served ? {} : null;
  const page = {
    window,
    document: {
      documentElement,
      head: { appendChild: (link: Record<string, unknown>) => links.push(link) },
      createElement: (tag: string) => ({ tag }),
      querySelector: (selector: string) =>
        selector === 'meta[name="sc-backend"][content="server"]' ? served : null,
      getElementById: (id: string) => {
        const block = scriptsOf(html).find((tag) => tag.json && tag.id === id);
        return block ? { textContent: block.body } : null;
      },
    },
    location: { pathname },
    navigator: { languages, language: languages[0] },
    localStorage: { getItem: (key: string) => (key === 'sc-ui:language' ? stored : null) },
    fetch: (url: string) => {
      fetched.push(url);
      return Promise.resolve();
    },
    setTimeout: () => 0,
    Intl,
  };
  for (const script of scriptsOf(html).filter((tag) => !tag.module && !tag.json))
    // the file under the build's base (the demo's sub-path, or `/`)
    runInNewContext(
      read(outDir, script.src!.replace(/^.*?assets\//, 'assets/')),
      Object.assign(window, page),
    );
  // the frame's words: the span of the chosen language (index.html's CSS hides the other)
  const status = new RegExp(`class="boot-${documentElement.lang}">([^<]*)<`).exec(html)?.[1];
  const preloads = links.filter((link) => link.rel !== 'stylesheet') as {
    rel: string;
    as?: string;
    href: string;
    crossOrigin: string;
  }[];
  for (const link of preloads) {
    // a module preload for a script, a style preload for its CSS, both as the import asks
    expect(link.rel).toBe(link.href.endsWith('.css') ? 'preload' : 'modulepreload');
    expect(link.crossOrigin).toBe('');
  }
  const stylesheets = links.filter((link) => link.rel === 'stylesheet') as ({
    href: string;
    crossOrigin: string;
  } & { onload: () => void; onerror: () => void })[];
  return {
    lang: documentElement.lang,
    bootStatus: status,
    preloads: preloads.map((link) => link.href).toSorted(),
    stylesheets,
    consoleStyles: window.consoleStyles,
    fetched,
  };
}

/** The chunks that import each other statically, directly or not (none, or a cycle's files). */
function importCycles(manifest: Manifest): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string, path: string[]) => {
    if (state.get(key) === 'open') cycles.push([...path.slice(path.indexOf(key)), key]);
    if (state.has(key)) return;
    state.set(key, 'open');
    for (const next of manifest[key]?.imports ?? []) visit(next, [...path, key]);
    state.set(key, 'done');
  };
  for (const key of Object.keys(manifest)) visit(key, []);
  return cycles;
}

describe('the production bundle', () => {
  it('leaves the mock out when VITE_API_BASE_URL is set, and calls that backend', () => {
    const outDir = backendBuild();
    const js = allOf(outDir, '.js');
    const absent = [...MOCK_MARKERS, ...DEMO_LINK_MARKERS, DEMO_PANEL_MARKER];
    expect(markers(js, absent)).toEqual(every(absent, false));
    expect(markers(js, ['http://127.0.0.1:9'])).toEqual({ 'http://127.0.0.1:9': true });
    // and preloads none of it
    const { preloads } = openIndexHtml(outDir, { pathname: '/renew/sas-hz-0001' });
    expect(preloads.length).toBeGreaterThan(0);
    for (const href of preloads)
      expect(read(outDir, href.slice(1)).includes('sc-console:world'), href).toBe(false);
    expect(openIndexHtml(outDir, { pathname: '/overview' }).preloads).toEqual([]);
  }, 120_000);

  it('carries the mock when VITE_API_BASE_URL is empty (the static demo), in chunks of its own', () => {
    const outDir = demoBuild();
    const manifest = manifestOf(outDir);
    const js = allOf(outDir, '.js');
    const entry = read(outDir, manifest['index.html']!.file);
    const shipped = [...MOCK_MARKERS, ...DEMO_LINK_MARKERS, DEMO_PANEL_MARKER];
    expect(markers(js, shipped)).toEqual(every(shipped, true));
    // the mock and the demo panel load beside or after the first page, not inside its script
    const later = ['sc-console:world', DEMO_PANEL_MARKER];
    expect(markers(entry, later)).toEqual(every(later, false));
    // the mock answers in the page: no Service Worker is registered, none is shipped
    expect(readdirSync(outDir)).not.toContain('mockServiceWorker.js');
    // with an empty cookie jar for MSW (scripts/msw-empty-cookie-jar.ts)
    const dropped = ['serviceWorker.register', TOUGH_COOKIE_MARKER];
    expect(markers(js, dropped)).toEqual(every(dropped, false));
  }, 120_000);

  it('loads the first page from one script, with the Overview in it and every other page lazy', () => {
    const outDir = demoBuild();
    const manifest = manifestOf(outDir);
    const html = read(outDir, 'index.html');
    // one script, nothing preloaded by Vite: each request before the first paint is a round trip
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html).not.toContain('rel="modulepreload"');
    // branding.json is requested by the boot script, before the entry has run
    expect(openIndexHtml(outDir).fetched).toEqual([`${BASE}branding.json`]);
    const entryKey = 'index.html';
    const entry = read(outDir, manifest[entryKey]!.file);
    // the Overview is in it; the Upgrade wizard and zod (the contract's schemas, which load with
    // the first answer: src/lib/contract-schema.ts) are not
    expect(markers(entry, ['overview-data', 'quote-shown', '$ZodType'])).toEqual({
      'overview-data': true,
      'quote-shown': false,
      $ZodType: false,
    });
    expect(markers(allOf(outDir, '.js'), ['quote-shown'])).toEqual({ 'quote-shown': true });

    // every page of the manifest but the entry's is a chunk the entry imports lazily
    const loaded = closure(manifest, entryKey);
    const lazy = new Set(manifest[entryKey]!.dynamicImports);
    for (const { module, inEntry } of PAGES) {
      const key = chunkOf(outDir, manifest, `src/app/routes/${module}.tsx`);
      expect(key, module).toBeDefined();
      if (inEntry) expect(key, module).toBe(entryKey);
      else {
        expect(lazy, module).toContain(key);
        expect(loaded, module).not.toContain(manifest[key!]!.file);
      }
    }
  }, 120_000);

  it("loads no page's own chunk for the first page, even lazily (the mock, the menus, the chart…)", () => {
    const outDir = demoBuild();
    const manifest = manifestOf(outDir);
    const routeChunks = new Set(
      PAGES.filter((page) => !page.inEntry).map(
        (page) => manifest[chunkOf(outDir, manifest, `src/app/routes/${page.module}.tsx`)!]!.file,
      ),
    );
    expect(routeChunks.size).toBeGreaterThan(3);
    const routeModules = PAGES.map((page) => `src/app/routes/${page.module}.tsx`);
    // what the entry loads lazily besides the pages and their words
    const roots = (manifest['index.html']!.dynamicImports ?? []).filter(
      (key) => !routeModules.includes(key) && !key.startsWith('src/locales/'),
    );
    // the mock, in the `domain` chunk with the rules it shares with the pages (vite.config.ts)
    expect(roots).toContainEqual(expect.stringMatching(/^_domain-[\w-]+\.js$/));
    expect(roots).toContain('src/app/shell/preferences-menu.tsx');
    for (const key of ['index.html', ...roots])
      for (const file of closure(manifest, key))
        expect(routeChunks, `${key} loads ${file}`).not.toContain(file);
    // no two chunks import each other (the order their modules run in would be undefined)
    expect(importCycles(manifest)).toEqual([]);
  }, 120_000);

  it("has no inline script (SPEC §4's `script-src 'self'`): a render-blocking boot file, then the entry", () => {
    const outDir = demoBuild();
    const html = read(outDir, 'index.html');
    // nothing the browser would run without a src: a JSON data block is never run
    const scripts = scriptsOf(html);
    expect(scripts.filter((script) => !script.json && (!script.src || script.body.trim()))).toEqual(
      [],
    );
    const tags = html.match(/<script\b[^>]*>/g)!;
    expect(tags).toHaveLength(3);
    // the build's settings, then the boot script, classic and blocking (the colour scheme is set
    // before the first paint), then the entry, a module
    expect(tags[0]).toBe('<script type="application/json" id="sc-boot">');
    expect(tags[1]).toMatch(new RegExp(`^<script src="${BASE}assets/boot-[0-9a-f]{10}\\.js">$`));
    expect(tags[2]).toMatch(/type="module"/);
    expect(html.indexOf(tags[1]!)).toBeLessThan(html.indexOf('<style>'));
    // no event handler attribute either (`onload=` is an inline script too)
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
    // the boot script is the same file in every build (another base, no mock): cached across
    // deployments; what differs is in the data block
    const bootOf = (dir: string) =>
      /<script src="[^"]*(assets\/boot-[^"]+)"/.exec(read(dir, 'index.html'))![1]!;
    expect(bootOf(backendBuild())).toBe(bootOf(outDir));
    expect(read(backendBuild(), bootOf(outDir))).toBe(read(outDir, bootOf(outDir)));
  }, 120_000);

  it('preloads no mock chunk in a page served by the reference backend, which runs no mock', () => {
    const outDir = demoBuild();
    const manifest = manifestOf(outDir);
    const loaded = closure(manifest, 'index.html');
    const mock = [...closure(manifest, chunkOf(outDir, manifest, 'src/mocks/browser.ts')!)]
      .filter((file) => !loaded.has(file))
      .map((file) => `${BASE}${file}`);
    expect(mock.length).toBeGreaterThan(0);
    const pathname = `${BASE}upgrade/sas-hz-0001`;
    const demo = openIndexHtml(outDir, { pathname }).preloads;
    const served = openIndexHtml(outDir, { pathname, served: true }).preloads;
    expect(served.length).toBeGreaterThan(0);
    // what the page's own chunks share with the mock stays; only the mock's own go
    expect(demo.filter((href) => !served.includes(href)).toSorted()).toEqual(
      mock.filter((href) => !served.includes(href)).toSorted(),
    );
    expect(served.some((href) => href.includes('/browser-'))).toBe(false);
  }, 120_000);

  it('requests the stylesheet without holding the first paint, and settles on load or error', async () => {
    const outDir = demoBuild();
    const html = read(outDir, 'index.html');
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const loads = openIndexHtml(outDir);
    expect(loads.stylesheets).toHaveLength(1);
    const [stylesheet] = loads.stylesheets;
    expect(stylesheet!.href).toMatch(new RegExp(`^${BASE}assets/index-[\\w-]+\\.css$`));
    expect(existsSync(join(outDir, stylesheet!.href.slice(BASE.length)))).toBe(true);
    stylesheet!.onload();
    await expect(loads.consoleStyles).resolves.toBeUndefined();
    // a stylesheet that fails settles it too: the console renders rather than stay on the frame
    const failing = openIndexHtml(outDir);
    failing.stylesheets[0]!.onerror();
    await expect(failing.consoleStyles).resolves.toBeUndefined();
  }, 120_000);

  it("styles every Mantine component it renders, from only those components' styles", () => {
    const outDir = demoBuild();
    const mantineClasses = (text: string, { defined = false } = {}) =>
      new Set(
        [...text.matchAll(defined ? /\.(m_[0-9a-f]{8})\b/g : /\b(m_[0-9a-f]{8})\b/g)].map(
          (match) => match[1]!,
        ),
      );
    const stylesOf = (pkg: string) =>
      mantineClasses(readFileSync(join('node_modules', pkg, 'styles.css'), 'utf8'), {
        defined: true,
      });
    const datePicker = stylesOf('@mantine/dates');
    const complete = new Set([
      ...stylesOf('@mantine/core'),
      ...datePicker,
      ...stylesOf('@mantine/notifications'),
    ]);
    const styled = mantineClasses(allOf(outDir, '.css'), { defined: true });
    const unstyled = [...mantineClasses(allOf(outDir, '.js'))].filter(
      (name) => complete.has(name) && !styled.has(name),
    );
    expect(unstyled).toEqual([]);
    // and not the others': far fewer than all of Mantine's, none of the date picker's before
    // the demo panel is opened
    const firstPage = mantineClasses(
      read(outDir, openIndexHtml(outDir).stylesheets[0]!.href.slice(BASE.length)),
      {
        defined: true,
      },
    );
    expect(firstPage.size).toBeLessThan(complete.size * 0.6);
    expect([...datePicker].filter((name) => firstPage.has(name))).toEqual([]);
    expect([...datePicker].some((name) => styled.has(name))).toBe(true);
  }, 120_000);

  it("preloads, from index.html, the opened page's chunks, its words and the mock's, in the page's language", () => {
    const outDir = demoBuild();
    const manifest = manifestOf(outDir);
    const loaded = closure(manifest, 'index.html');
    const own = (module: string) =>
      [...closure(manifest, chunkOf(outDir, manifest, module)!)]
        .filter((file) => !loaded.has(file))
        .map((file) => `${BASE}${file}`);
    const texts = (languages: string[], namespaces: string[]) =>
      languages.flatMap((lng) => namespaces.flatMap((ns) => own(`src/locales/${lng}/${ns}.json`)));
    const sorted = (...lists: string[][]) => [...new Set(lists.flat())].toSorted();
    const mock = own('src/mocks/browser.ts');
    expect(mock.length).toBeGreaterThan(0);
    // the shell's and the Overview's English are in the entry; the rest are chunks of their own
    expect(texts(['en'], ['common', 'errors', 'overview'])).toEqual([]);
    expect(texts(['zh'], ['common', 'errors', 'overview'])).toHaveLength(3);

    // the Overview is in the entry: only the mock, which its data needs, is preloaded
    const english = openIndexHtml(outDir);
    expect(english).toMatchObject({ lang: 'en', bootStatus: 'Loading the console…' });
    expect(english.preloads).toEqual(sorted(mock));
    // in Chinese: chosen in the console, or the browser's first language the console has; the
    // boot frame, the preloads and i18next (which reads <html lang>) agree
    const chinese = sorted(mock, texts(['zh'], ['common', 'errors', 'overview']));
    for (const visitor of [{ stored: 'zh' }, { languages: ['fr-FR', 'zh-CN', 'en'] }]) {
      const page = openIndexHtml(outDir, visitor);
      expect(page).toMatchObject({ lang: 'zh', bootStatus: '正在加载控制台…' });
      expect(page.preloads).toEqual(chinese);
    }
    expect(openIndexHtml(outDir, { languages: ['zh-CN'], stored: 'en' })).toMatchObject({
      lang: 'en',
      bootStatus: 'Loading the console…',
      preloads: sorted(mock),
    });

    // a wizard: what its route module imports, its words, the mock's, each file once
    const upgrade = openIndexHtml(outDir, { pathname: `${BASE}upgrade/sas-hz-0001` }).preloads;
    expect(upgrade).toEqual(
      sorted(
        mock,
        own('src/app/routes/upgrade.tsx'),
        texts(['en'], ['upgrade', 'purchase', 'quotes', 'requests']),
      ),
    );
    expect(upgrade.some((href) => href.endsWith('.css'))).toBe(true);
    for (const href of upgrade)
      expect(existsSync(join(outDir, href.slice(BASE.length)))).toBe(true);
    // in Chinese, with English, the fallback, beside it (src/lib/i18n.ts loads both)
    expect(
      openIndexHtml(outDir, { pathname: `${BASE}upgrade/sas-hz-0001`, stored: 'zh' }).preloads,
    ).toEqual(
      sorted(
        mock,
        own('src/app/routes/upgrade.tsx'),
        texts(['zh'], ['common', 'errors', 'upgrade', 'purchase', 'quotes', 'requests']),
        texts(['en'], ['upgrade', 'purchase', 'quotes', 'requests']),
      ),
    );
    // React Router matches paths whatever their case, and with a trailing slash
    expect(openIndexHtml(outDir, { pathname: `${BASE}Upgrade/sas-hz-0001/` }).preloads).toEqual(
      upgrade,
    );
    // the order receipt is not the orders list
    expect(openIndexHtml(outDir, { pathname: `${BASE}orders/ord-1` }).preloads).toEqual(
      sorted(mock, own('src/app/routes/order-receipt.tsx'), texts(['en'], ['orders', 'purchase'])),
    );
    // no route, or another app under the same host: the mock's only
    for (const pathname of [`${BASE}upgrade`, `${BASE}nowhere`, '/elsewhere/overview'])
      expect(openIndexHtml(outDir, { pathname }).preloads, pathname).toEqual(sorted(mock));

    // no floating-ui before the wizard's first step (scrollAreaMergeRefs in vite.config.ts); the
    // header's menus still load it
    for (const href of upgrade)
      expect(read(outDir, href.slice(BASE.length)).includes(FLOATING_UI_MARKER), href).toBe(false);
    expect(markers(allOf(outDir, '.js'), [FLOATING_UI_MARKER])).toEqual({
      [FLOATING_UI_MARKER]: true,
    });
  }, 120_000);
});
