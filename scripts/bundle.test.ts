/**
 * SPEC §2: built with VITE_API_BASE_URL the app talks to that backend and the mock is
 * left out of the bundle; built without it, the bundle is the complete static demo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_GROUPS, STYLES_SCRIPT_MARKER } from '../vite.config.ts';
import { SHARED_BY_PAGES } from './page-chunks.ts';

/** MSW (its links to mswjs.io, its `[MSW]` messages) and the mock's storage key */
const MOCK_MARKERS = ['mswjs', 'MSW', 'sc-console:world'];
/**
 * Sales demo mode: the Demo button's shortcut, the shared link's parameter and storage
 * key (src/features/demo), and an id only the lazily loaded panel renders.
 */
const DEMO_LINK_MARKERS = ['Control+Shift+D', 'demoAssets', 'sc-demo:scenario-start'];
const DEMO_PANEL_MARKER = 'demo-clock-region';
const outDirs: string[] = [];

function build(env: Record<string, string>, args: string[] = []): string {
  const outDir = mkdtempSync(join(tmpdir(), 'sc-console-build-'));
  outDirs.push(outDir);
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
      ...args,
    ],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return outDir;
}

function javascript(outDir: string): string {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

/** The build's CSS files, or (`firstPage`) the stylesheet index.html links. */
function stylesheets(outDir: string, { firstPage = false } = {}): string {
  if (firstPage) {
    const href = /^\/?(?:[^/]+\/)*?(assets\/[^/]+\.css)$/.exec(entryStylesheet(outDir).href)?.[1];
    expect(href, 'the stylesheet of index.html').toBeDefined();
    return readFileSync(join(outDir, href!), 'utf8');
  }
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
}

/** The code of index.html's inline script that contains `marker` (failing the test without it). */
function inlineScript(html: string, marker: string, what: string): string {
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1]!)
    .find((code) => code.includes(marker));
  expect(script, what).toBeDefined();
  return script!;
}

/**
 * The stylesheet index.html's script adds (`nonBlockingStyles` in vite.config.ts), run against a
 * stand-in for the page: the link it adds, and `window.consoleStyles`, with a way to settle it.
 */
function entryStylesheet(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const script = inlineScript(html, STYLES_SCRIPT_MARKER, 'the stylesheet script in index.html');
  const added: Record<string, unknown>[] = [];
  const window: { consoleStyles?: Promise<void> } = {};
  runInNewContext(script, {
    window,
    document: {
      createElement: (tag: string) => ({ tag }),
      head: { appendChild: (element: Record<string, unknown>) => added.push(element) },
    },
  });
  expect(added).toHaveLength(1);
  const link = added[0] as { tag: string; rel: string; href: string; crossOrigin: string } & {
    onload: () => void;
    onerror: () => void;
  };
  return { link, href: link.href, settled: window.consoleStyles };
}

/** The Mantine classes (`m_` and eight hex digits) a text names, or (`defined`) styles. */
function mantineClasses(text: string, { defined = false } = {}): Set<string> {
  const pattern = defined ? /\.(m_[0-9a-f]{8})\b/g : /\b(m_[0-9a-f]{8})\b/g;
  return new Set([...text.matchAll(pattern)].map((match) => match[1]!));
}

/** The JavaScript the first page loads: the entry chunk named in index.html. */
function entryJavascript(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="[^"]*\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(entry, 'the entry script of index.html').toBeDefined();
  return readFileSync(join(outDir, entry!), 'utf8');
}

/** The files index.html preloads (`<link rel="modulepreload">`), relative to the build. */
function preloaded(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="modulepreload"[^>]*href="[^"]*\/(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
}

/**
 * The files index.html's route-preload script (scripts/route-preload.ts) preloads when the
 * console is opened at `pathname`: the script run against a stand-in for the page.
 */
function preloadsFor(
  outDir: string,
  pathname: string,
  visitor: { languages?: string[]; stored?: string | null } = {},
): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const script = inlineScript(html, 'modulepreload', 'the route-preload script in index.html');
  const links: { rel?: string; as?: string; href?: string; crossOrigin?: string }[] = [];
  const document = {
    createElement: () => ({}),
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  };
  const { languages = ['en-US', 'en'], stored = null } = visitor;
  const localStorage = { getItem: (key: string) => (key === 'sc-ui:language' ? stored : null) };
  // the script as the browser runs it, with this page's location, document, visitor's languages
  runInNewContext(script, {
    location: { pathname },
    document,
    navigator: { languages, language: languages[0] },
    localStorage,
  });
  for (const link of links) {
    // a module preload for a script, a style preload for its CSS, both as the import asks
    expect(link.rel).toBe(link.href!.endsWith('.css') ? 'preload' : 'modulepreload');
    expect(link.crossOrigin).toBe('');
  }
  return links.map((link) => link.href!);
}

/**
 * The text index.html's boot frame shows a visitor (its script run against a stand-in for the
 * page): "Loading the console…" in the language the console will choose.
 */
function bootStatusFor(
  outDir: string,
  visitor: { languages?: string[]; stored?: string | null } = {},
): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const script = inlineScript(html, '.boot-status', 'the boot frame script in index.html');
  const status = { textContent: /class="boot-status"[^>]*>([^<]*)</.exec(html)?.[1] ?? '' };
  const { languages = ['en-US', 'en'], stored = null } = visitor;
  runInNewContext(script, {
    document: {
      querySelector: (selector: string) => (selector === '.boot-status' ? status : null),
    },
    navigator: { languages, language: languages[0] },
    localStorage: { getItem: (key: string) => (key === 'sc-ui:language' ? stored : null) },
  });
  return status.textContent;
}

type Manifest = Record<
  string,
  {
    file: string;
    src?: string;
    name?: string;
    imports?: string[];
    dynamicImports?: string[];
    css?: string[];
  }
>;

/**
 * The manifest's key for the chunk that holds `module`: the module's own, or, for a module in a
 * chunk of several (scripts/page-chunks.ts), that chunk's, found in the source maps; the module
 * itself if none names it (a translation in the entry: the entry's source map leaves JSON out).
 */
function keyOf(outDir: string, manifest: Manifest, module: string): string {
  if (manifest[module]) return module;
  const key = Object.keys(manifest).find((candidate) => {
    const map = join(outDir, `${manifest[candidate]!.file}.map`);
    if (!existsSync(map)) return false;
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    return sources.some((source) => source.endsWith(`/${module}`));
  });
  return key ?? module;
}

/** Whether a chunk is one of the pages' (scripts/page-chunks.ts): `wizard`, `orders_resources`, … */
const isPageChunk = ({ src, name = '' }: Manifest[string]) =>
  !src && (name === SHARED_BY_PAGES || name.split('_').every((group) => group in PAGE_GROUPS));

/** The chunks that import each other statically, directly or not (none, or a cycle's files). */
function importCycles(outDir: string): string[][] {
  const assets = join(outDir, 'assets');
  const imports = new Map(
    readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => [
        file,
        [
          ...readFileSync(join(assets, file), 'utf8').matchAll(
            /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g,
          ),
        ].map((match) => match[1]!),
      ]),
  );
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'open') cycles.push([...path.slice(path.indexOf(file)), file]);
    if (state.has(file)) return;
    state.set(file, 'open');
    for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of imports.keys()) visit(file, []);
  return cycles;
}

/** A manifest entry's files and those of everything it imports statically, CSS included. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const next of chunk.imports ?? []) closure(manifest, next, into);
  return into;
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the production bundle', () => {
  it('leaves the mock out when VITE_API_BASE_URL is set, and calls that backend', () => {
    const outDir = build({ VITE_API_BASE_URL: 'http://127.0.0.1:9' });
    const js = javascript(outDir);
    for (const marker of MOCK_MARKERS) expect(js, marker).not.toContain(marker);
    // nothing preloaded that only the mock needs
    for (const file of preloaded(outDir))
      expect(readFileSync(join(outDir, file), 'utf8'), file).not.toContain('sc-console:world');
    // no demo panel, no Demo button, no demo links where there is no mock
    for (const marker of [...DEMO_LINK_MARKERS, DEMO_PANEL_MARKER])
      expect(js, marker).not.toContain(marker);
    expect(js).toContain('http://127.0.0.1:9');
  }, 120_000);

  it('loads the first page from one script: the entry, with the Overview but not the wizards', async () => {
    const outDir = build({ VITE_API_BASE_URL: '' });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    // one script, nothing to preload: each extra request before the first paint costs a round trip
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(preloaded(outDir)).toEqual([]);
    // the branding file, which the first render waits for, is requested by index.html itself
    expect(html).toContain("window.brandingRequest = fetch('/branding.json'");
    // and so is the stylesheet, which the first render waits for too (src/lib/styles.ts), but
    // not the boot frame's first paint: no <link rel="stylesheet"> in the page, a script adds it
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    const styles = entryStylesheet(outDir);
    expect(styles.link).toMatchObject({ tag: 'link', rel: 'stylesheet', crossOrigin: '' });
    expect(styles.href).toMatch(/^\/assets\/index-[\w-]+\.css$/);
    expect(existsSync(join(outDir, styles.href))).toBe(true);
    styles.link.onload();
    await expect(styles.settled).resolves.toBeUndefined();
    // a stylesheet that fails settles it too: the console renders rather than stay on the frame
    const failing = entryStylesheet(outDir);
    failing.link.onerror();
    await expect(failing.settled).resolves.toBeUndefined();
    const entry = entryJavascript(outDir);
    // the Overview (where `/` leads) is in it; the Upgrade wizard loads when it is opened
    expect(entry).toContain('overview-data');
    expect(entry).not.toContain('quote-shown');
    expect(javascript(outDir)).toContain('quote-shown');
    // React Router's production build: its development warnings are not shipped
    expect(entry).not.toContain('You rendered descendant');
    // no zod before the first paint: the contract's schemas load with the first answer
    // (contractSchema, src/lib/contract-schema.ts)
    expect(entry).not.toContain('$ZodType');
    expect(javascript(outDir)).toContain('$ZodType');
  }, 120_000);

  it('carries the mock when VITE_API_BASE_URL is empty (the static demo)', () => {
    const outDir = build({ VITE_API_BASE_URL: '' });
    const js = javascript(outDir);
    for (const marker of MOCK_MARKERS) expect(js, marker).toContain(marker);
    // the demo panel ships, in a chunk of its own that the first page does not load
    for (const marker of [...DEMO_LINK_MARKERS, DEMO_PANEL_MARKER])
      expect(js, marker).toContain(marker);
    expect(entryJavascript(outDir)).not.toContain(DEMO_PANEL_MARKER);
    // the mock answers in the page: no Service Worker is registered, none is shipped
    expect(js).not.toContain('serviceWorker.register');
    expect(readdirSync(outDir)).not.toContain('mockServiceWorker.js');
    // the mock is a chunk of its own, loaded beside the first page, not inside its script
    expect(entryJavascript(outDir)).not.toContain('sc-console:world');
  }, 120_000);

  it("styles every Mantine component it renders, from only those components' styles", () => {
    const outDir = build({ VITE_API_BASE_URL: '' });
    // every class the JavaScript gives an element that Mantine's complete styles style
    // (src/theme/mantine-styles.ts imports them per component) is styled in the build
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
    const styled = mantineClasses(stylesheets(outDir), { defined: true });
    const unstyled = [...mantineClasses(javascript(outDir))].filter(
      (name) => complete.has(name) && !styled.has(name),
    );
    expect(unstyled).toEqual([]);
    // and not the others': far fewer than all of Mantine's, none of the date picker's before
    // the demo panel is opened
    const firstPage = stylesheets(outDir, { firstPage: true });
    expect(mantineClasses(firstPage, { defined: true }).size).toBeLessThan(complete.size * 0.6);
    const firstPageClasses = mantineClasses(firstPage, { defined: true });
    expect([...datePicker].filter((name) => firstPageClasses.has(name))).toEqual([]);
    expect([...datePicker].some((name) => styled.has(name))).toBe(true);
  }, 120_000);

  it("preloads, from index.html, the opened page's chunks, its words and the mock's, and nothing else", () => {
    const outDir = build({ VITE_API_BASE_URL: '', VITE_BASE_PATH: '/console/' }, ['--manifest']);
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const entryKey = Object.keys(manifest).find((key) => key === 'index.html')!;
    const loaded = closure(manifest, entryKey);
    const own = (module: string) =>
      [...closure(manifest, keyOf(outDir, manifest, module))]
        .filter((file) => !loaded.has(file))
        .map((f) => `/console/${f}`);
    const mock = own('src/mocks/browser.ts');
    expect(mock.length).toBeGreaterThan(0);
    // translations: each namespace of each language not in the entry is a chunk of its own
    const texts = (languages: string[], namespaces: string[]) =>
      languages.flatMap((lng) => namespaces.flatMap((ns) => own(`src/locales/${lng}/${ns}.json`)));
    expect(texts(['en'], ['common', 'errors', 'overview'])).toEqual([]);
    expect(texts(['zh'], ['common', 'errors', 'overview'])).toHaveLength(3);

    // the Overview is in the entry, with its English: only the mock's code, which its data
    // needs, is preloaded
    const overview = preloadsFor(outDir, '/console/overview');
    expect(overview.toSorted()).toEqual(mock.toSorted());
    // in Chinese, the shell's and the Overview's Chinese too: chosen in the console, or the
    // browser's first language the console has
    const chinese = [...mock, ...texts(['zh'], ['common', 'errors', 'overview'])].toSorted();
    expect(preloadsFor(outDir, '/console/overview', { stored: 'zh' }).toSorted()).toEqual(chinese);
    expect(
      preloadsFor(outDir, '/console/overview', { languages: ['fr-FR', 'zh-CN', 'en'] }).toSorted(),
    ).toEqual(chinese);
    expect(
      preloadsFor(outDir, '/console/overview', { languages: ['zh-CN'], stored: 'en' }).toSorted(),
    ).toEqual(mock.toSorted());
    // the boot frame speaks the language whose words are preloaded, for each of these visitors
    expect(bootStatusFor(outDir)).toBe('Loading the console…');
    expect(bootStatusFor(outDir, { stored: 'zh' })).toBe('正在加载控制台…');
    expect(bootStatusFor(outDir, { languages: ['fr-FR', 'zh-CN', 'en'] })).toBe('正在加载控制台…');
    expect(bootStatusFor(outDir, { languages: ['zh-CN'], stored: 'en' })).toBe(
      'Loading the console…',
    );
    expect(
      overview
        .map((href) => readFileSync(join(outDir, href.slice('/console/'.length)), 'utf8'))
        .join('\n'),
    ).toContain('sc-console:world');

    // a wizard: exactly what its route module imports, beside the mock's, each file once
    const upgrade = preloadsFor(outDir, '/console/upgrade/sas-hz-0001');
    const upgradeTexts = texts(['en'], ['upgrade', 'purchase']);
    expect(upgradeTexts).toHaveLength(2);
    expect(upgrade.toSorted()).toEqual(
      [...new Set([...mock, ...own('src/app/routes/upgrade.tsx'), ...upgradeTexts])].toSorted(),
    );
    // in Chinese, with English, the fallback, beside it (src/lib/i18n.ts loads both)
    expect(
      preloadsFor(outDir, '/console/upgrade/sas-hz-0001', { stored: 'zh' }).toSorted(),
    ).toEqual(
      [
        ...new Set([
          ...mock,
          ...own('src/app/routes/upgrade.tsx'),
          ...texts(['zh'], ['common', 'errors', 'upgrade', 'purchase']),
          ...upgradeTexts,
        ]),
      ].toSorted(),
    );
    expect(new Set(upgrade).size).toBe(upgrade.length);
    expect(upgrade.some((href) => href.endsWith('.css'))).toBe(true);
    for (const href of upgrade)
      expect(existsSync(join(outDir, href.slice('/console/'.length))), href).toBe(true);
    // no floating-ui before the wizard's data (ScrollArea's useMergeRefs comes from
    // @mantine/hooks: scrollAreaMergeRefs in vite.config.ts); the header's menus still ship it
    const FLOATING_UI = 'data-floating-ui-focusable';
    for (const href of upgrade)
      expect(
        readFileSync(join(outDir, href.slice('/console/'.length)), 'utf8'),
        href,
      ).not.toContain(FLOATING_UI);
    expect(javascript(outDir)).toContain(FLOATING_UI);
    // React Router matches paths whatever their case, and with a trailing slash
    expect(preloadsFor(outDir, '/console/Upgrade/sas-hz-0001/').toSorted()).toEqual(
      upgrade.toSorted(),
    );
    // the order receipt is not the orders list
    expect(preloadsFor(outDir, '/console/orders/ord-1').toSorted()).toEqual(
      [
        ...new Set([
          ...mock,
          ...own('src/app/routes/order-receipt.tsx'),
          ...texts(['en'], ['orders', 'purchase']),
        ]),
      ].toSorted(),
    );
    // no route, or another app under the same host: the mock's only
    expect(preloadsFor(outDir, '/console/upgrade').toSorted()).toEqual(mock.toSorted());
    expect(preloadsFor(outDir, '/console/nowhere').toSorted()).toEqual(mock.toSorted());
  }, 120_000);

  it("puts the pages' code in a few chunks, none of which the first page loads", () => {
    const outDir = build({ VITE_API_BASE_URL: '' }, ['--manifest']);
    const manifest = JSON.parse(
      readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const chunkOf = (file: string) => Object.values(manifest).find((chunk) => chunk.file === file)!;
    const loaded = closure(manifest, 'index.html');
    // what the first page loads lazily: the mock, the contract, the header's menus, the chart, …
    const lazy = Object.values(manifest)
      .filter((chunk) => loaded.has(chunk.file))
      .flatMap((chunk) => chunk.dynamicImports ?? [])
      .filter((key) => !isPageChunk(manifest[key]!));
    expect(lazy).toContain(keyOf(outDir, manifest, 'src/mocks/browser.ts'));
    expect(lazy).toContain(keyOf(outDir, manifest, 'src/app/shell/preferences-menu.tsx'));
    // none of it loads a page's chunk
    for (const key of lazy)
      for (const file of [...closure(manifest, key)].filter((name) => name.endsWith('.js')))
        expect(isPageChunk(chunkOf(file)), `${key} loads ${file}`).toBe(false);

    // the wizards: their routes, their steps and the stepper in one chunk
    const wizard = keyOf(outDir, manifest, 'src/app/routes/upgrade.tsx');
    expect(manifest[wizard]?.name).toBe('wizard');
    expect(keyOf(outDir, manifest, 'src/app/routes/renew.tsx')).toBe(wizard);
    expect(keyOf(outDir, manifest, 'src/features/upgrade/components/configure-step.tsx')).toBe(
      wizard,
    );
    expect(
      keyOf(outDir, manifest, 'node_modules/@mantine/core/esm/components/Stepper/Stepper.mjs'),
    ).toBe(wizard);
    // and few scripts before the Upgrade wizard's first step, beside the entry, the mock and
    // its translations (21 before page-chunks.ts, each a request before the first step)
    const mock = closure(manifest, keyOf(outDir, manifest, 'src/mocks/browser.ts'));
    const upgrade = [...closure(manifest, wizard)].filter(
      (file) => !loaded.has(file) && !mock.has(file) && file.endsWith('.js'),
    );
    expect(upgrade.length).toBeLessThanOrEqual(8);
    // no two chunks import each other (the order their modules run in would be undefined)
    expect(importCycles(outDir)).toEqual([]);
  }, 120_000);

  it('preloads none of the mock when built for a real backend', () => {
    const outDir = build({ VITE_API_BASE_URL: 'http://127.0.0.1:9' });
    expect(preloadsFor(outDir, '/overview')).toEqual([]);
    for (const href of preloadsFor(outDir, '/renew/sas-hz-0001'))
      expect(readFileSync(join(outDir, href.slice(1)), 'utf8'), href).not.toContain(
        'sc-console:world',
      );
  }, 120_000);
});
