/** Every namespace of the Simplified Chinese UI in one chunk, which `i18n.ts` loads when Simplified Chinese is needed. */
export default import.meta.glob<Record<string, unknown>>('../locales/zh/*.json', {
  eager: true,
  import: 'default',
});
