import { localeOf } from './i18n';

/**
 * Formatting for the UI language. Money is integer cents in USD (SPEC §1); instants
 * are ISO 8601 UTC strings shown as local dates. `locale` is an i18n language
 * (`en`, `zh`) or a BCP 47 tag.
 */
const toTag = (locale: string) => (locale.includes('-') ? locale : localeOf(locale));

/**
 * One Intl formatter per language and options, made on first use: making one loads the
 * locale's data (several milliseconds on a phone), using one costs almost nothing.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `number ${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format as Intl.NumberFormat;
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(tag, options)));
  return format as Intl.DateTimeFormat;
}

export function formatMoney(cents: number, locale: string): string {
  return numberFormat(toTag(locale), { style: 'currency', currency: 'USD' }).format(cents / 100);
}

export function formatNumber(value: number, locale: string): string {
  return numberFormat(toTag(locale)).format(value);
}

export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return dateFormat(toTag(locale), { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateFormat(toTag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}
