/**
 * The branding file (`public/branding.json`, README "Branding"): its fields, and the check of
 * each, which keeps what is valid and says why the rest is refused. Loading it and applying it
 * to the page and the theme is `branding.ts`.
 */
import { LANGUAGES } from '@/config/languages';
import type { Language } from './i18n';

/**
 * Each field is checked by hand, with the platform's string functions, not with a zod schema:
 * the file is read before the first paint, and the first page's script carries no zod
 * (docs/architecture.md, "Build and first page"). A check returns the field's value (trimmed) or the reason it is refused.
 */
type Check<T> = (value: unknown) => { value: T } | { problem: string };

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const NAME_MAX = 60;
const LOGO_MAX = 100_000;

const checkName: Check<string> = (value) => {
  const name = typeof value === 'string' ? value.trim() : undefined;
  return name && name.length <= NAME_MAX
    ? { value: name }
    : { problem: `Use a name of 1 to ${NAME_MAX} characters.` };
};

/** A product name for every language, or one per language (`{ "en": …, "zh": … }`). */
const checkProductName: Check<ProductName> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return checkName(value);
  const names: Partial<Record<Language, string>> = {};
  for (const [lng, name] of Object.entries(value as Record<string, unknown>)) {
    if (!(LANGUAGES as readonly string[]).includes(lng))
      return { problem: `"${lng}" is not a language (${LANGUAGES.join(', ')}).` };
    if (name === undefined) continue;
    const checked = checkName(name);
    if ('problem' in checked) return { problem: `${lng}: ${checked.problem}` };
    names[lng as Language] = checked.value;
  }
  return Object.keys(names).length > 0
    ? { value: names }
    : { problem: 'Name at least one language.' };
};

/** A path relative to the app (`logo.svg`), an absolute path, an http(s) URL or a data: image. */
const checkLogo: Check<string> = (value) => {
  const logo = typeof value === 'string' ? value.trim() : undefined;
  if (!logo || logo.length > LOGO_MAX)
    return { problem: `Use a path or URL of 1 to ${LOGO_MAX} characters.` };
  return !/^[a-z][a-z0-9+.-]*:/i.test(logo) || /^(https?:|data:image\/)/i.test(logo)
    ? { value: logo }
    : { problem: 'Use a path, an http(s) URL or a data:image URL.' };
};

/** WCAG 2 relative luminance of a hex colour (`#abc` or `#aabbcc`): 0 for black, 1 for white. */
function relativeLuminance(hex: string): number {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2 contrast ratio of two hex colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * WCAG AA for normal text: the primary colour is white text's background (buttons, badges)
 * and the colour of links on white (the Disclaimer's among them), so both need 4.5:1.
 */
const MIN_CONTRAST = 4.5;

const checkPrimaryColor: Check<string> = (value) => {
  const color = typeof value === 'string' ? value.trim() : undefined;
  if (!color || !HEX_COLOR.test(color)) return { problem: 'Use a hex colour such as #c2185b.' };
  const contrast = contrastRatio(color, '#ffffff');
  return contrast >= MIN_CONTRAST
    ? { value: color }
    : {
        problem:
          `${color} has a contrast of ${contrast.toFixed(2)}:1 with white (white text on it, ` +
          `links in it on a white page); use a colour of at least ${MIN_CONTRAST}:1.`,
      };
};

type ProductName = string | Partial<Record<Language, string>>;

export type Branding = {
  productName?: ProductName;
  logo?: string;
  primaryColor?: string;
};

const FIELDS: { [K in keyof Branding]-?: Check<NonNullable<Branding[K]>> } = {
  productName: checkProductName,
  logo: checkLogo,
  primaryColor: checkPrimaryColor,
};

export const BRANDING_FILE = 'branding.json';

/**
 * Reads what is valid in `raw`, field by field; `problems` says what was left out and why.
 * A field that does not validate falls back to the default; the others still apply.
 */
export function parseBranding(raw: unknown): { branding: Branding; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { branding: {}, problems: [`${BRANDING_FILE} must hold a JSON object.`] };
  }
  const branding: Record<string, unknown> & Branding = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema' || key === '$comment') continue;
    // own fields only: a key such as "toString", "hasOwnProperty" or "__proto__" (JSON.parse
    // makes each an own key of the file's object) would otherwise find Object.prototype's member
    if (!Object.hasOwn(FIELDS, key)) {
      problems.push(`"${key}" is not a branding field (productName, logo, primaryColor).`);
      continue;
    }
    const checked = (FIELDS as Record<string, Check<unknown>>)[key]!(value);
    if ('value' in checked) branding[key] = checked.value;
    else problems.push(`"${key}": ${checked.problem}`);
  }
  return { branding, problems };
}
