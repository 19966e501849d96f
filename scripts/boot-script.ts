import { createHash } from 'node:crypto';
import { minifySync, type Plugin } from 'vite';
import type { Page } from '../src/app/routes/manifest.ts';
import { preload, preloadTable, type PreloadTable } from './route-preload.ts';

/**
 * index.html's work before the first paint, in a file instead of inline scripts, so the page
 * runs under SPEC §4's `script-src 'self'` on any host without it being told a hash: one
 * classic, render-blocking script in the head (one request, beside the entry's), the same in
 * every build and named by its hash (cached for good), which reads the build's settings from a
 * JSON data block just before it. It
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

/** The id of index.html's data block that holds the build's settings (`BootSettings`). */
const SETTINGS_ID = 'sc-boot';

export type BootSettings = {
  base: string;
  /** the console's languages, the fallback first */
  languages: readonly string[];
  /** the entry's stylesheet, whose link Vite would have made render-blocking (none in dev) */
  stylesheet?: string | undefined;
  /** the opened page's chunks and words (none in dev) */
  preload?: PreloadTable | undefined;
};

/** The script's work but the preloads: plain browser code, no imports. */
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

/**
 * The script's code: the same for every build (its file name too), since what a build knows —
 * the base, the stylesheet, the preload table — is in index.html's data block, which the CSP does
 * not concern (a `type="application/json"` script is never run).
 */
export const BOOT_SOURCE = minify(`(function () {
  try {
    var settings = JSON.parse(document.getElementById(${JSON.stringify(SETTINGS_ID)}).textContent);
  } catch (e) {
    return; // no settings (a host that rewrote index.html): the console still starts, in English
  }
  (${boot.toString()})(settings);
  if (settings.preload) (${preload.toString()})(settings.preload);
})();`);

function minify(source: string): string {
  const { code, errors } = minifySync('boot.js', source);
  if (errors.length > 0) throw new Error(`boot script: ${errors[0]!.message}`);
  return code;
}

/** JSON inside `<script type="application/json">`: a `<` could close the element. */
const dataBlock = (settings: BootSettings) =>
  `<script type="application/json" id="${SETTINGS_ID}">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script>`;

/** `pages`: the route manifest; `languages`: the fallback first; `shell`: every page's namespaces. */
export function bootScript(
  pages: readonly Page[],
  languages: readonly string[],
  shell: readonly string[],
): Plugin {
  let root = '';
  let base = '/';
  let fileName = '';
  let command: 'build' | 'serve' = 'serve';
  const hash = createHash('sha256').update(BOOT_SOURCE).digest('hex').slice(0, 10);
  return {
    name: 'boot-script',
    configResolved(config) {
      ({ root, base, command } = config);
      fileName = `${config.build.assetsDir}/boot-${hash}.js`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: BOOT_SOURCE });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!html.includes(BOOT_MARKER)) throw new Error(`index.html has no ${BOOT_MARKER}`);
        // development: no CSP there, and Vite brings the styles with the modules
        if (command === 'serve' || !bundle || !entry)
          return html.replace(
            BOOT_MARKER,
            `${dataBlock({ base, languages })}<script>${BOOT_SOURCE}</script>`,
          );
        // the stylesheet's link would hold the first paint: the boot script adds it instead
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*?href="([^"]+\.css)"[^>]*>/g)];
        if (links.length !== 1) throw new Error(`index.html: ${links.length} stylesheets, not one`);
        const [link, stylesheet] = links[0]!;
        const preload = preloadTable(bundle, entry, { root, base, pages, languages, shell });
        return html
          .replace(link, '')
          .replace(
            BOOT_MARKER,
            `${dataBlock({ base, languages, stylesheet, preload })}<script src="${base}${fileName}"></script>`,
          );
      },
    },
  };
}
