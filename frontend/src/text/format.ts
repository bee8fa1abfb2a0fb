import { msg, str } from '@lit/localize';
import type { AuthorRole, ResourceKind } from '@sexhandel/shared';
import { getLocale } from '../localization.js';

/** The locale Intl formats with for the interface language. */
export function intlLocale(): string {
  return getLocale() === 'en' ? 'en-GB' : 'nb-NO';
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * One Intl object per locale and options, made on first use: building one costs far more than using
 * it, and a list of articles formats a date for every card.
 */
function cachedIntl<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  options: object,
  make: (locale: string) => T,
): T {
  const locale = intlLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make(locale);
    formats.set(key, format);
  }
  return format;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cachedIntl('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

/** Whole counts with the locale's digit grouping ("12 345" / "12,345"). */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** "12. mars 2026" / "12 March 2026". Accepts ISO times and YYYY-MM-DD days. */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "14:05". */
export function formatTime(value: string): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit' }).format(new Date(value));
}

export function isToday(value: string, now: Date = new Date()): boolean {
  return new Date(value).toDateString() === now.toDateString();
}

export function authorRoleLabel(role: AuthorRole): string {
  switch (role) {
    case 'researcher':
      return msg('forsker');
    case 'student':
      return msg('student');
    case 'politician':
      return msg('politiker');
    case 'practitioner':
      return msg('fagperson');
    case 'staff':
      return msg('fra tjenesten');
    default:
      return msg('gjesteskribent');
  }
}

export function resourceKindLabel(kind: ResourceKind): string {
  switch (kind) {
    case 'literature':
      return msg('Litteratur');
    case 'organisation':
      return msg('Organisasjoner');
    default:
      return msg('Hjelpetjenester');
  }
}

export function readingTimeLabel(minutes: number): string {
  const rounded = Math.max(1, Math.round(minutes));
  return msg(str`${rounded} min lesing`);
}
