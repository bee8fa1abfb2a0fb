/**
 * Counselling contact (anonymous or by e-mail), the phone line and public questions and answers.
 * Writes go through sync push (`contact.create`, `contact.reply`); reading a conversation needs its
 * pick-up code; phone hours and published Q&As reach devices through sync pull.
 */

/** What a message is about; the counsellor inbox groups by it. */
export const CONTACT_TOPICS = [
  'buying-sex',
  'worries',
  'relationships',
  'health',
  'law',
  'trafficking',
  'other',
] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

/** How the answer reaches the person: collected in the app with a pick-up code, or by e-mail. */
export const CONTACT_REPLY_BY = ['pickup', 'email'] as const;
export type ContactReplyBy = (typeof CONTACT_REPLY_BY)[number];

export const CONVERSATION_STATUSES = ['new', 'waiting', 'answered', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export type MessageFrom = 'person' | 'counsellor';

/** Payload of `contact.create` (no account needed). `email` only, and always, with replyBy 'email'. */
export interface ContactCreatePayload {
  topic: ContactTopic;
  /** 1..LIMITS.contactBodyMax characters after trimming. */
  body: string;
  replyBy: ContactReplyBy;
  email?: string;
  /** The person agrees that an anonymised version may be published as a question and answer. */
  publishConsent?: boolean;
  /**
   * With replyBy 'pickup' (and only then): the pick-up code, made on the device with
   * `makePickupCode` so it can be shown at Send even offline. The server keeps only a keyed hash
   * and refuses a code it already knows (`pickup_code_taken`).
   */
  pickupCode?: string;
}

/** Result of `contact.create`. The code is never echoed back: the device made it and already has it. */
export interface ContactCreateResult {
  conversationId: string;
}

/** Rejection code of `contact.create` when the server already knows the pick-up code (make a new one). */
export const PICKUP_CODE_TAKEN = 'pickup_code_taken';

/** Payload of `contact.reply`: a follow-up in the conversation the code opens. */
export interface ContactReplyPayload {
  code: string;
  body: string;
  /** Give or withdraw consent to publication; left out, the earlier answer stands. */
  publishConsent?: boolean;
}

export interface ContactReplyResult {
  conversationId: string;
}

export interface ConversationMessageDto {
  from: MessageFrom;
  body: string;
  /** ISO date-time. */
  sentAt: string;
}

/** What the person sees with their code (POST /api/contact/conversation). */
export interface ConversationDto {
  id: string;
  topic: ContactTopic;
  status: ConversationStatus;
  createdAt: string;
  messages: ConversationMessageDto[];
  /**
   * An anonymised question and answer made from this conversation that waits for the person's
   * approval of its exact text; nothing is published before they say yes.
   */
  pendingQa: PendingQaDto | null;
}

export interface PendingQaDto {
  id: string;
  question: string;
  answer: string;
}

/** POST /api/contact/qa-decision: the person approves or declines publishing the text. */
export interface QaDecisionRequest {
  code: string;
  qaId: string;
  approve: boolean;
}

// ---------------------------------------------------------------------------------------------
// Pick-up codes

/** Crockford's base32: no I, L, O or U, so a code read aloud or written by hand survives. */
export const PICKUP_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 symbols of 5 bits: 80 bits of randomness, shown as 4 groups of 4. */
export const PICKUP_CODE_LENGTH = 16;

/** Upper-cases, drops spaces and dashes, and reads O as 0 and I/L as 1 (Crockford). */
export function normalisePickupCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isPickupCode(normalised: string): boolean {
  return normalised.length === PICKUP_CODE_LENGTH && [...normalised].every((c) => PICKUP_CODE_ALPHABET.includes(c));
}

/**
 * A new code from PICKUP_CODE_LENGTH random bytes (80 bits): each byte's low 5 bits pick a symbol,
 * uniform because 256 is a multiple of 32. The device passes `crypto.getRandomValues` bytes.
 */
export function pickupCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < PICKUP_CODE_LENGTH)
    throw new RangeError(`A pick-up code needs ${PICKUP_CODE_LENGTH} random bytes`);
  return [...bytes.subarray(0, PICKUP_CODE_LENGTH)].map((byte) => PICKUP_CODE_ALPHABET[byte & 31]).join('');
}

/** "ABCD-EFGH-JKMN-PQRS" from a normalised code. */
export function formatPickupCode(normalised: string): string {
  return normalised.match(/.{1,4}/g)?.join('-') ?? normalised;
}

// ---------------------------------------------------------------------------------------------
// Counsellor inbox

export interface ConversationSummaryDto {
  id: string;
  topic: ContactTopic;
  status: ConversationStatus;
  replyBy: ContactReplyBy;
  /** True while an address is stored (an e-mail conversation not yet answered). Never the address. */
  emailPending: boolean;
  publishConsent: boolean;
  createdAt: string;
  lastMessageAt: string;
  messageCount: number;
}

export interface CounsellorMessageDto extends ConversationMessageDto {
  /** Alias of the counsellor who answered (counsellor messages only). */
  counsellorAlias: string | null;
}

export interface ConversationNoteDto {
  id: string;
  body: string;
  authorAlias: string | null;
  createdAt: string;
}

export interface CounsellorConversationDto extends ConversationSummaryDto {
  closedAt: string | null;
  messages: CounsellorMessageDto[];
  notes: ConversationNoteDto[];
}

export interface InboxDto {
  counts: Record<ConversationStatus, number>;
  conversations: ConversationSummaryDto[];
  nextCursor: string | null;
}

// ---------------------------------------------------------------------------------------------
// Questions and answers

export const QA_STATUSES = ['draft', 'published'] as const;
export type QaStatus = (typeof QA_STATUSES)[number];

/** A published question and answer (GET /api/qa and sync entity 'qa'). */
export interface QaDto {
  id: string;
  topic: ContactTopic;
  question: string;
  answer: string;
  publishedAt: string;
}

/** Staff view, drafts included. */
export interface QaAdminDto {
  id: string;
  topic: ContactTopic;
  question: string;
  answer: string;
  status: QaStatus;
  conversationId: string | null;
  createdAt: string;
  publishedAt: string | null;
  /** When the person approved this exact text; editors can publish only after that. */
  personApprovedAt: string | null;
}

export const QA_QUESTION_MAX = 2_000;
export const QA_ANSWER_MAX = 10_000;

// ---------------------------------------------------------------------------------------------
// Phone line

/** The single phone-hours row's id (sync entity 'phoneHours'). */
export const PHONE_HOURS_ID = '00000000-0000-4000-8000-000000000001';
export const PHONE_TIME_ZONE = 'Europe/Oslo';

/** One staffed period: ISO weekday (1 = Monday … 7 = Sunday), local Oslo times 'HH:MM' (closes may be '24:00'). */
export interface PhoneHoursDto {
  weekday: number;
  opens: string;
  closes: string;
}

/** What devices hold (sync entity 'phoneHours') and editors write (PUT /api/admin/phone). */
export interface PhoneLineDto {
  number: string;
  hours: PhoneHoursDto[];
  /** 'YYYY-MM-DD' Oslo dates when the line is closed (holidays). */
  closedDates: string[];
  note: string;
}

/** GET /api/phone. */
export interface PhoneInfoDto extends PhoneLineDto, PhoneStatus {}

export interface PhoneStatus {
  openNow: boolean;
  /** ISO instant the current staffed period ends (only while open). */
  closesAt: string | null;
  /** ISO instant of the next opening after now (not the current period); null if none within a year. */
  nextOpening: string | null;
}

/** A Norwegian phone number as the phone editor takes it: 8 digits, maybe after +47 or 0047, spaces allowed. */
export const NORWEGIAN_PHONE_PATTERN = /^(?:(?:\+|00)47 ?)?(?:\d ?){7}\d$/;

export const PHONE_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** `tel:` link for a Norwegian number as editors write it ("+47 22 33 44 55", "22334455"). */
export function phoneTelUri(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0047')) return `tel:+${digits.slice(2)}`;
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}

// Made on first use: an Intl formatter with a time zone costs tens of milliseconds to build on a
// slow phone, too much to pay while every page's first module graph is evaluated.
let osloPartsFormat: Intl.DateTimeFormat | undefined;
function osloParts(): Intl.DateTimeFormat {
  osloPartsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PHONE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return osloPartsFormat;
}

interface WallClock {
  day: string;
  minutes: number;
  /** Wall-clock time read as if it were UTC, in ms (for offset arithmetic). */
  asUtc: number;
}

function wallClock(at: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of osloParts().formatToParts(new Date(at))) parts[part.type] = part.value;
  const [y, mo, d, h, mi, s] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: h * 60 + mi,
    asUtc: Date.UTC(y, mo - 1, d, h, mi, s),
  };
}

/** The instant a local Oslo wall-clock time happens (in the spring gap: the instant after it). */
function osloInstant(day: string, minutes: number): number {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  let guess = wall - (wallClock(wall).asUtc - wall);
  // One correction covers both changes: the offset at the guess may differ from the first one.
  guess = wall - (wallClock(guess).asUtc - guess);
  return guess;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Whether the line is staffed at `now` and when it next opens, in Europe/Oslo time whatever the
 * device's own zone. Pure: the server (GET /api/phone) and the device (offline, from synced
 * hours) call the same function, so they cannot disagree.
 */
export function phoneStatus(hours: readonly PhoneHoursDto[], closedDates: readonly string[], now: Date): PhoneStatus {
  const at = now.getTime();
  const closed = new Set(closedDates);
  const today = wallClock(at).day;
  let openNow = false;
  let closesAt: number | null = null;
  let nextOpening: number | null = null;
  // Yesterday too: a period ending at 24:00 yesterday is over, but cheap to include for safety.
  for (let offset = -1; offset <= 372 && nextOpening === null; offset += 1) {
    const day = addDays(today, offset);
    if (closed.has(day)) continue;
    const weekday = isoWeekday(day);
    const periods = hours
      .filter((h) => h.weekday === weekday)
      .map((h) => ({ opens: osloInstant(day, minutesOf(h.opens)), closes: osloInstant(day, minutesOf(h.closes)) }))
      .sort((a, b) => a.opens - b.opens);
    for (const period of periods) {
      if (period.opens <= at && at < period.closes) {
        openNow = true;
        closesAt = Math.max(closesAt ?? 0, period.closes);
      } else if (period.opens > at && nextOpening === null) {
        nextOpening = period.opens;
      }
    }
  }
  return {
    openNow,
    closesAt: closesAt === null ? null : new Date(closesAt).toISOString(),
    nextOpening: nextOpening === null ? null : new Date(nextOpening).toISOString(),
  };
}
