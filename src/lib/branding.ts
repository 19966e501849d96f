import {
  darken,
  lighten,
  mergeThemeOverrides,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';
import { BRANDING_FILE, parseBranding, type Branding } from './branding-file';
import { i18n, LANGUAGES, toLanguage, type Language } from './i18n';

/**
 * White-label branding for sales demos: product name, logo and primary colour from
 * `public/branding.json` (served at `${BASE_URL}branding.json`), read once at start-up
 * before the first render (`src/main.tsx`). The format is documented in the README
 * ("Branding") and checked in `branding-file.ts`. Every field is optional; a missing file, a file that is not JSON, or a
 * field that does not validate falls back to the built-in look (with a console warning
 * naming the field), so a typo never leaves a prospect looking at a blank page.
 */

let current: Branding = {};

/** The branding in force (empty until `loadBranding` ran, or when the file was missing). */
export function getBranding(): Branding {
  return current;
}

/** The product name in `lng`: the branded one, else undefined (the translation stays). */
export function brandedName(branding: Branding, lng: Language): string | undefined {
  const name = branding.productName;
  if (name === undefined) return undefined;
  if (typeof name === 'string') return name;
  return name[lng] ?? name.en ?? Object.values(name).find(Boolean);
}

/** The logo's URL: relative paths are resolved against the app's base path. */
export function logoUrl(branding: Branding, basePath: string): string | undefined {
  const logo = branding.logo;
  if (!logo) return undefined;
  if (/^(https?:|data:)/i.test(logo) || logo.startsWith('/')) return logo;
  return `${basePath}${logo.replace(/^\.\//, '')}`;
}

let listening = false;

/**
 * The branded name into a language's loaded `common` namespace (never creating it: the
 * language's own chunk must still be added in full when it arrives).
 */
function nameInto(lng: string): void {
  const name = brandedName(current, toLanguage(lng));
  if (!name || !i18n.hasResourceBundle(lng, 'common')) return;
  if (i18n.getResource(lng, 'common', 'app.name') === name) return;
  i18n.addResource(lng, 'common', 'app.name', name, { silent: true });
}

/**
 * Puts `branding` in force: the product name replaces `common:app.name` in every language
 * (the header, page titles and anything else that names the product follow), the logo
 * becomes the favicon, and the primary colour is read by `withBranding`.
 */
export function applyBranding(branding: Branding, basePath: string): void {
  current = branding;
  for (const lng of LANGUAGES) nameInto(lng);
  // a language loaded later (its chunk, on a switch) gets the name as it arrives
  if (!listening) {
    i18n.store.on('added', (lng: string, ns: string) => {
      if (ns === 'common') nameInto(lng);
    });
    listening = true;
  }
  if (typeof document === 'undefined') return;
  const name = brandedName(branding, toLanguage(i18n.language));
  if (name) document.title = name;
  const logo = logoUrl(branding, basePath);
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (logo && icon) {
    icon.href = logo;
    icon.removeAttribute('type');
  }
}

declare global {
  interface Window {
    /** The request for the branding file that index.html starts as it is parsed. */
    brandingRequest?: Promise<Response>;
  }
}

/**
 * index.html requests the branding file while it is parsed, beside the console's script, so
 * the first render does not wait for a request that starts only once that script has run.
 * Taken once: a later call fetches afresh.
 */
function takeEarlyRequest(): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const request = window.brandingRequest;
  delete window.brandingRequest;
  return request;
}

/**
 * Fetches and applies `${basePath}branding.json` (or reads `early`, the request index.html
 * started). Never throws: a missing or invalid file (or no answer within `timeoutMs`) keeps
 * the built-in look.
 */
export async function loadBranding(
  basePath: string,
  timeoutMs = 3_000,
  early: Promise<Response> | undefined = takeEarlyRequest(),
): Promise<Branding> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // gives up when the time is over, also for index.html's request, which cannot be aborted
  const timedOut = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () =>
      reject(new Error(`no answer within ${timeoutMs} ms`)),
    ),
  );
  timedOut.catch(() => undefined);
  const inTime = <T>(promise: Promise<T>) => Promise.race([promise, timedOut]);
  let raw: unknown;
  try {
    const response = await inTime(
      early ??
        fetch(`${basePath}${BRANDING_FILE}`, {
          cache: 'no-cache',
          headers: { Accept: 'application/json' },
          signal: controller.signal,
        }),
    );
    if (!response.ok) {
      applyBranding({}, basePath);
      return current;
    }
    // a static host's SPA fallback answers a missing file with index.html: not JSON
    raw = JSON.parse(await inTime(response.text())) as unknown;
  } catch (error) {
    console.warn(`${BRANDING_FILE} could not be read; the default branding is used.`, error);
    applyBranding({}, basePath);
    return current;
  } finally {
    clearTimeout(timer);
  }
  const { branding, problems } = parseBranding(raw);
  for (const problem of problems) console.warn(`${BRANDING_FILE}: ${problem} (default used)`);
  applyBranding(branding, basePath);
  return current;
}

/**
 * Ten shades around `color` (Mantine's palette format), with `color` itself at `index`
 * (the theme's light-scheme primary shade): lighter towards 0, darker towards 9.
 */
export function brandPalette(color: string, index = 7): MantineColorsTuple {
  const lighter = [0.92, 0.8, 0.64, 0.48, 0.34, 0.22, 0.1];
  const darker = [0.12, 0.24];
  const shades = Array.from({ length: 10 }, (_, shade) => {
    if (shade === index) return color.toLowerCase();
    if (shade < index)
      return lighten(color, lighter[lighter.length - (index - shade)] ?? lighter[0]!);
    return darken(color, darker[shade - index - 1] ?? 0.3);
  });
  return shades as unknown as MantineColorsTuple;
}

const themes = new WeakMap<
  MantineThemeOverride,
  { branding: Branding; theme: MantineThemeOverride }
>();

/**
 * `base` with the branded primary colour: the palette named by `base.primaryColor` is
 * regenerated around it. The colour the base palette already has at its primary shade
 * keeps the hand-tuned palette.
 */
export function withBranding(
  base: MantineThemeOverride,
  branding: Branding = current,
): MantineThemeOverride {
  const cached = themes.get(base);
  if (cached?.branding === branding) return cached.theme;
  const name = base.primaryColor ?? 'blue';
  const shade =
    typeof base.primaryShade === 'number' ? base.primaryShade : (base.primaryShade?.light ?? 6);
  const color = branding.primaryColor?.toLowerCase();
  const builtIn = base.colors?.[name]?.[shade]?.toLowerCase();
  const theme =
    color && color !== builtIn
      ? mergeThemeOverrides(base, { colors: { [name]: brandPalette(color, shade) } })
      : base;
  themes.set(base, { branding, theme });
  return theme;
}
