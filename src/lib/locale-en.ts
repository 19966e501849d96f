/** Every namespace of the English UI (in the main bundle: English is the default and the fallback). */
export default import.meta.glob<Record<string, unknown>>('../locales/en/*.json', {
  eager: true,
  import: 'default',
});
