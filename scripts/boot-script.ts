import { createHash } from 'node:crypto';
import { minifySync, type Plugin } from 'vite';
import type { Page } from '../src/app/routes/manifest.ts';
import { preload, preloadTable } from './route-preload.ts';

/**
 * index.html's work before the first paint, in a file instead of inline scripts, so the page
 * runs under SPEC §4's `script-src 'self'` on any host without it being told a hash: one
 * classic, render-blocking script in the head (one request, beside the entry's), emitted by the
 * build with its hash in its name (cached for good, like the chunks). It
 * - sets the saved colour scheme before the first paint (no light flash in dark mode);
 * - chooses the console's language once (`<html lang>`, which the boot frame's CSS, the
 *   preloads and i18next read): the stored choice, else the browser's first language the
 *   console has, else English;
 * - requests branding.json now, beside the entry (`window.brandingRequest`, src/lib/branding.ts);
 * - requests the entry's stylesheet without holding the first paint (`window.consoleStyles`,
 *   src/lib/styles.ts), settled once it has loaded or failed;
 * - preloads the opened page's chunks and words, and the mock's (`preload`, route-preload.ts).
 * In development (no CSP there) the same code is inlined, without stylesheet or preloads.
 */
export const BOOT_MARKER = '<!-- boot-script -->';

export type BootSettings = {
  base: string;
  /** the console's languages, the fallback first */
  languages: readonly string[];
  /** the entry's stylesheet, whose link Vite would have made render-blocking (none in dev) */
  stylesheet?: string | undefined;
};

/** The script's first part (as `(boot)(settings)`): plain browser code, no imports. */
export function boot(settings: BootSettings): void {
  const html = document.documentElement;
  try {
    const saved = localStorage.getItem('sc-ui:color-scheme');
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const scheme = saved === 'light' || saved === 'dark' ? saved : dark ? 'dark' : 'light';
    html.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    // no storage (a locked-down browser): Mantine sets the scheme when it renders
  }
  const asked: (string | null)[] = [];
  try {
    asked.push(localStorage.getItem('sc-ui:language'));
  } catch {
    // no storage: the browser's languages decide
  }
  asked.push(...(navigator.languages || [navigator.language]));
  const code = asked
    .map((tag) => (tag ?? '').toLowerCase().split('-')[0]!)
    .find((tag) => settings.languages.includes(tag));
  html.lang = code ?? settings.languages[0]!;

  const globals: { brandingRequest?: Promise<Response>; consoleStyles?: Promise<void> } = {};
  try {
    globals.brandingRequest = fetch(`${settings.base}branding.json`, {
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
    globals.brandingRequest.catch(() => undefined);
  } catch {
    // src/lib/branding.ts requests it itself
  }
  if (settings.stylesheet) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = settings.stylesheet;
    globals.consoleStyles = new Promise((done) => {
      link.onload = link.onerror = () => done();
    });
    document.head.appendChild(link);
  }
  Object.assign(window, globals);

  // the first Intl formatter of a page loads the locale's data (several milliseconds on a phone):
  // done once the parser yields, while the console's script is still arriving
  setTimeout(() => {
    try {
      const tag = html.lang === 'zh' ? 'zh-CN' : 'en-US';
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(0);
      new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }).format(0);
    } catch {
      // only a head start
    }
  }, 0);
}

/** `pages`: the route manifest; `languages`: the fallback first; `shell`: every page's namespaces. */
export function bootScript(
  pages: readonly Page[],
  languages: readonly string[],
  shell: readonly string[],
): Plugin {
  let root = '';
  let base = '/';
  let assetsDir = 'assets';
  let command: 'build' | 'serve' = 'serve';
  let fileName: string | undefined;
  const code = (settings: BootSettings, preloads = '') =>
    `(${boot.toString()})(${JSON.stringify(settings)});${preloads}`;
  return {
    name: 'boot-script',
    configResolved(config) {
      ({ root, base, command } = config);
      assetsDir = config.build.assetsDir;
    },
    generateBundle: {
      // before vite:build-html, which runs the index.html transforms (below) that name the file
      order: 'pre',
      handler(_options, bundle) {
        const entry = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry,
        );
        if (entry?.type !== 'chunk') return;
        const css = [...(entry.viteMetadata?.importedCss ?? [])];
        if (css.length !== 1) throw new Error(`index.html: ${css.length} stylesheets, not one`);
        const table = preloadTable(bundle, entry, { root, base, pages, languages, shell });
        const source = code(
          { base, languages, stylesheet: base + css[0]! },
          `(${preload.toString()})(${JSON.stringify(table)});`,
        );
        const { code: minified, errors } = minifySync('boot.js', source);
        if (errors.length > 0) throw new Error(`boot script: ${errors[0]!.message}`);
        const hash = createHash('sha256').update(minified).digest('base64url').slice(0, 8);
        fileName = `${assetsDir}/boot-${hash.replace(/[-_]/g, 'x')}.js`;
        this.emitFile({ type: 'asset', fileName, source: minified });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(BOOT_MARKER)) throw new Error(`index.html has no ${BOOT_MARKER}`);
        if (command === 'serve')
          return html.replace(BOOT_MARKER, `<script>${code({ base, languages })}</script>`);
        if (!fileName) throw new Error('boot script: no entry chunk in the bundle');
        // the stylesheet's link would hold the first paint: the boot script adds it instead
        const links = html.match(/<link rel="stylesheet"[^>]*?href="[^"]+\.css"[^>]*>/g) ?? [];
        if (links.length !== 1) throw new Error(`index.html: ${links.length} stylesheets, not one`);
        return html
          .replace(links[0], '')
          .replace(BOOT_MARKER, `<script src="${base}${fileName}"></script>`);
      },
    },
  };
}
