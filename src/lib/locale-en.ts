/**
 * The English namespaces the first page shows — the shell's (`common`, `errors`) and the
 * Overview's — in the main bundle: English is the default and the fallback, so a first visit
 * makes no request for words before it renders. Every other namespace (and every Chinese one)
 * is a chunk of its own that `i18n.ts` loads with the route that needs it; its glob leaves out
 * the same three files.
 */
export default import.meta.glob<Record<string, unknown>>(
  '../locales/en/{common,errors,overview}.json',
  { eager: true, import: 'default' },
);
