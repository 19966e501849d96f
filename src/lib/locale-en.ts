/** Every namespace of the English UI in one chunk, which `i18n.ts` loads when English is needed. */
export default import.meta.glob<Record<string, unknown>>('../locales/en/*.json', {
  eager: true,
  import: 'default',
});
