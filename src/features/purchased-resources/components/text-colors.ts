/**
 * Text colours that keep a 4.5:1 contrast at small sizes in both colour schemes (axe checks
 * them in e2e/a11y.spec.ts): Mantine's own red and orange text shades fall short on white.
 */
export const DANGER_TEXT = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';
