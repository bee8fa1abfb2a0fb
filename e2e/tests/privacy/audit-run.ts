import { randomBytes } from 'node:crypto';
import type { Secret } from './leak-scan.js';

// The people, texts and secrets of one privacy-audit run: unique per run, so a find is never a coincidence.

export const STAFF_PASSWORD = 'e2e staff password 2026';
export const COUNSELLOR = { alias: 'e2e-raadgiver', role: 'counsellor', password: STAFF_PASSWORD };
/** An address from the documentation range, sent as X-Forwarded-For: it must not be kept either. */
export const FORWARDED_IP = '203.0.113.77';

export interface Member {
  alias: string;
  email: string;
  password: string;
}

export interface Run {
  id: string;
  userAgent: string;
  a: Member;
  b: Member;
  newPasswordB: string;
  threadTitle: string;
  threadBody: string;
  replyBody: string;
  emailContactBody: string;
  replyToEmail: string;
  pickupContactBody: string;
  emailAnswer: string;
  pickupAnswer: string;
}

export function newRun(): Run {
  const id = randomBytes(5).toString('hex');
  const token = (what: string) => `${what}${id}`;
  return {
    id,
    // A user agent nobody else sends, so a stored or logged one is found for sure.
    userAgent: `Mozilla/5.0 (X11; Linux x86_64) PrivacyAuditBrowser/${id} Chrome/140.0.0.0 Safari/537.36`,
    a: {
      alias: `Revisor A ${id}`,
      email: `Audit.Member.A.${id}@Example.org`,
      password: `hemmelig passord A ${id} blaabaer`,
    },
    b: {
      alias: `Revisor B ${id}`,
      email: `audit.member.b.${id}@example.org`,
      password: `hemmelig passord B ${id} tyttebaer`,
    },
    newPasswordB: `nytt passord B ${id} multebaer`,
    threadTitle: `Offentlig tråd ${token('FORUMTITTEL')}`,
    threadBody: `Dette innlegget er offentlig. ${token('FORUMINNLEGG')}`,
    replyBody: `Et offentlig svar i tråden. ${token('FORUMSVAR')}`,
    emailContactBody: `Jeg vil ha svar på e-post om dette. ${token('EPOSTMELDING')} Takk.`,
    replyToEmail: `Svar.Til.${id}@Example.org`,
    pickupContactBody: `Jeg vil være helt anonym og hente svaret med kode. ${token('KODEMELDING')} Takk.`,
    emailAnswer: `Takk for meldingen din. Her er svaret på e-post. ${token('EPOSTSVAR')}`,
    pickupAnswer: `Takk for meldingen din. Her er svaret du henter med koden. ${token('KODESVAR')}`,
  };
}

export function secretsOf(run: Run, code: string): Secret[] {
  const grouped = code.match(/.{4}/g)?.join('-') ?? code;
  return [
    { label: 'e-mail of member A', value: run.a.email, encodings: true },
    { label: 'e-mail of member B', value: run.b.email, encodings: true },
    { label: 'e-mail for the answer', value: run.replyToEmail, encodings: true },
    { label: 'password of member A', value: run.a.password },
    { label: 'first password of member B', value: run.b.password },
    { label: 'new password of member B', value: run.newPasswordB },
    { label: 'staff password', value: STAFF_PASSWORD },
    { label: 'contact message (e-mail answer)', value: run.emailContactBody },
    { label: 'contact message marker (e-mail answer)', value: `EPOSTMELDING${run.id}` },
    { label: 'contact message (pick-up)', value: run.pickupContactBody },
    { label: 'contact message marker (pick-up)', value: `KODEMELDING${run.id}` },
    { label: 'counsellor answer (e-mail)', value: run.emailAnswer },
    { label: 'counsellor answer marker (e-mail)', value: `EPOSTSVAR${run.id}` },
    { label: 'counsellor answer (pick-up)', value: run.pickupAnswer },
    { label: 'counsellor answer marker (pick-up)', value: `KODESVAR${run.id}` },
    { label: 'pick-up code', value: code },
    { label: 'pick-up code (grouped)', value: grouped },
    { label: 'user agent', value: run.userAgent },
    { label: 'user agent marker', value: `PrivacyAuditBrowser/${run.id}` },
    { label: 'forwarded IP address', value: FORWARDED_IP },
  ];
}

/** The client's own address as a server on loopback sees it. */
export const LOOPBACK_ADDRESSES: Secret[] = [
  { label: 'IP address 127.0.0.1', value: '127.0.0.1' },
  { label: 'IP address ::ffff:127.0.0.1', value: '::ffff:127.0.0.1' },
];
