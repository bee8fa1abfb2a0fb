import { msg, str } from '@lit/localize';
import type { AuthorRole, ResourceKind } from '@sexhandel/shared';
import { getLocale } from '../localization.js';

/** The locale Intl formats with for the interface language. */
export function intlLocale(): string {
  return getLocale() === 'en' ? 'en-GB' : 'nb-NO';
}

/** Whole counts with the locale's digit grouping ("12 345" / "12,345"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** "12. mars 2026" / "12 March 2026". Accepts ISO times and YYYY-MM-DD days. */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "14:05". */
export function formatTime(value: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' }).format(new Date(value));
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
