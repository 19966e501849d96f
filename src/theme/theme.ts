import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import './global.css';

/**
 * A calm security-console look: a deep blue primary, neutral greys, compact radius,
 * the platform's own fonts (no web fonts to download).
 */
const brand: MantineColorsTuple = [
  '#eef3ff',
  '#dce4f5',
  '#b5c7e8',
  '#8ba8dc',
  '#678dd1',
  '#517ccb',
  '#4573c9',
  '#3662b2',
  '#2d57a0',
  '#1f4a8e',
];

const systemSans =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';
const systemMono =
  'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 7, dark: 6 },
  // filled badges and buttons pick black or white text for contrast (WCAG AA)
  autoContrast: true,
  luminanceThreshold: 0.3,
  colors: { brand },
  defaultRadius: 'sm',
  fontFamily: systemSans,
  fontFamilyMonospace: systemMono,
  headings: {
    fontFamily: systemSans,
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.4' },
    },
  },
  cursorType: 'pointer',
  // a 2px primary-colour outline on keyboard focus (:focus-visible), 3:1 against both
  // backgrounds; e2e/a11y.spec.ts checks it stays visible
  focusRing: 'auto',
  components: {
    // sentence case reads better than Mantine's default capitals in a dense console
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none' } } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    // Mantine's focus placeholder is a role=presentation child of role=menu, which a
    // menu may not contain (axe aria-required-children, critical); the dropdown itself
    // takes focus instead and the arrow keys move to the items
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  },
});

/** Semantic colours of the subscription lifecycle (SPEC §1), shared by badges and banners. */
// Shades chosen so the badge text keeps a 4.5:1 contrast in both colour schemes.
export const statusColor = {
  active: 'teal.9',
  expiring: 'yellow.6',
  expired: 'red.9',
  released: 'gray.7',
} as const;

export const editionColor = {
  basic: 'gray.7',
  standard: 'brand.7',
  professional: 'violet.8',
} as const;

/**
 * Coloured text that keeps a 4.5:1 contrast on white and on its own light tint (WCAG AA
 * for small text): Mantine's light scheme writes coloured text with shade 7 (`c="orange"`,
 * outline badges) and light alerts/badges with shade 9 on shade 1, which is below 4.5:1
 * for red, orange, yellow, lime, green and teal. These are shade 9, darkened where needed.
 */
const READABLE_ON_LIGHT: Record<string, string> = {
  red: '#c12828',
  pink: 'var(--mantine-color-pink-9)',
  grape: 'var(--mantine-color-grape-9)',
  violet: 'var(--mantine-color-violet-9)',
  indigo: 'var(--mantine-color-indigo-9)',
  blue: 'var(--mantine-color-blue-9)',
  cyan: 'var(--mantine-color-cyan-9)',
  teal: '#087756',
  green: '#267937',
  lime: '#4a760a',
  yellow: '#a65600',
  orange: '#b63c0d',
};

const readableLight = Object.fromEntries(
  Object.entries(READABLE_ON_LIGHT).flatMap(([color, value]) => [
    [`--mantine-color-${color}-text`, value],
    [`--mantine-color-${color}-light-color`, value],
    [`--mantine-color-${color}-outline`, value],
  ]),
);

/**
 * Secondary ("dimmed") text one shade stronger than Mantine's default, and coloured and
 * error text readable in both schemes, for 4.5:1 contrast at small sizes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // an input's error message: red 6 on white is 3.3:1
    '--mantine-color-error': READABLE_ON_LIGHT.red!,
    ...readableLight,
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    // red 8 on the dark body is 3.4:1; red 4 is 6.7:1
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
