/**
 * The console's languages, English (the fallback) first, and the translation namespaces every
 * page shows (the shell's): read by src/lib/i18n.ts and by the build's preloads (vite.config.ts).
 * index.html, which chooses the page's language before any script loads, names them too.
 */
export const LANGUAGES = ['en', 'zh'] as const;
export const SHELL_NAMESPACES = ['common', 'errors'] as const;
