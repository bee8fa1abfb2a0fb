import { PHONE_TIME_ZONE, type AuthorRole, type ContactTopic, type ResourceKind } from '@sexhandel/shared';

/** The server renders Norwegian (bokmål) only; the app switches language after it starts. */
export const SERVICE_NAME = 'Sexhandel';
export const SERVICE_TAGLINE = 'Informasjon og samtale om kjøp av sex';
export const DEFAULT_DESCRIPTION =
  'Kunnskap om kjøp av sex, prostitusjon og menneskehandel, og et anonymt sted å snakke om det.';

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

/** "12. mars 2026" from an ISO time or a YYYY-MM-DD day. */
export function dateNb(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "14:08" in Oslo, as the app's formatTime says it on a device in Norway. */
export function timeNb(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : clockNb(date);
}

const osloDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: PHONE_TIME_ZONE });

/** "2026-12-06": the day in Oslo an instant falls on. */
export function osloDay(at: Date): string {
  return osloDayFormat.format(at);
}

/** "i dag kl. 11:19" for a time earlier today in Oslo, else the date, as the app's forum list says it. */
export function activityNb(value: string, now: Date = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return osloDay(date) === osloDay(now) ? `i dag kl. ${clockNb(date)}` : dateFormat.format(date);
}

// The phone line's times exactly as sh-phone-status formats them for nb (osloTime, describeOpening).
const clockFormat = new Intl.DateTimeFormat('nb-NO', {
  timeZone: PHONE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const weekdayFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: PHONE_TIME_ZONE, weekday: 'long' });
const dayMonthFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: PHONE_TIME_ZONE, day: 'numeric', month: 'long' });

/** "17:00": an instant as the Oslo clock shows it. */
export function clockNb(at: Date): string {
  return clockFormat.format(at);
}

/** "i dag kl. 17:00", "i morgen kl. 17:00", "tirsdag kl. 17:00" or "24. desember kl. 17:00" (Oslo days). */
export function openingNb(opening: Date, now: Date): string {
  const time = clockNb(opening);
  const days = Math.round((Date.parse(osloDay(opening)) - Date.parse(osloDay(now))) / 86_400_000);
  if (days === 0) return `i dag kl. ${time}`;
  if (days === 1) return `i morgen kl. ${time}`;
  return `${(days < 7 ? weekdayFormat : dayMonthFormat).format(opening)} kl. ${time}`;
}

export function authorRoleNb(role: AuthorRole): string {
  const labels: Record<AuthorRole, string> = {
    researcher: 'forsker',
    student: 'student',
    politician: 'politiker',
    practitioner: 'fagperson',
    staff: 'fra tjenesten',
    other: 'gjesteskribent',
  };
  return labels[role] ?? labels.other;
}

export function resourceKindNb(kind: ResourceKind): string {
  const labels: Record<ResourceKind, string> = {
    literature: 'Litteratur',
    organisation: 'Organisasjoner',
    helpService: 'Hjelpetjenester',
  };
  return labels[kind];
}

export function topicNb(topic: ContactTopic): string {
  const labels: Record<ContactTopic, string> = {
    'buying-sex': 'Kjøp av sex',
    worries: 'Tanker og bekymringer',
    relationships: 'Partner, familie og forhold',
    health: 'Helse',
    law: 'Loven og straff',
    trafficking: 'Menneskehandel og utnyttelse',
    other: 'Noe annet',
  };
  return labels[topic] ?? labels.other;
}

export const WEEKDAYS_NB = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

const numberFormat = new Intl.NumberFormat('nb-NO');

/** "10 000" (a no-break space between the groups, as the app's formatCount). */
export function numberNb(value: number): string {
  return numberFormat.format(value);
}

/** "2 min lesing", as the app's readingTimeLabel (never under one minute). */
export function readingNb(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min lesing`;
}

/** "1 innlegg" / "3 innlegg"; "1 minutt" / "4 minutter". */
export function countNb(count: number, one: string, many: string): string {
  return `${numberNb(count)} ${count === 1 ? one : many}`;
}
