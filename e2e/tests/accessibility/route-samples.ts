import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Who the accessibility spec scans as, and what it opens: every route pattern of
// frontend/src/app/routes.ts with sample parameters and the staff roles that may use it.

const STAFF_ROLES = ['moderator', 'counsellor', 'editor', 'admin'] as const;
type StaffRole = (typeof STAFF_ROLES)[number];
export type Who = 'reader' | 'member' | StaffRole;
export const EVERYONE: readonly Who[] = ['reader', 'member', ...STAFF_ROLES];
export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Staff accounts made by start-server.mjs (E2E_SEED_STAFF in playwright.config.ts). */
export const STAFF_ALIAS: Record<StaffRole, string> = {
  moderator: 'e2e-moderator',
  counsellor: 'e2e-raadgiver',
  editor: 'e2e-redaktor',
  admin: 'e2e-admin',
};

/** Ids and names from the demo content and from the spec's beforeAll setup, used to fill route parameters. */
export interface Samples {
  articleSlug: string;
  infoSlug: string;
  threadId: string;
  conversationId: string;
  memberAlias: string;
  surveyId: string;
}

export interface RouteSample {
  /** Path to open (with sample parameters); defaults to the pattern itself. */
  path?: (s: Samples) => string;
  /**
   * Staff roles that may use the page (admins always may). Others see the "not allowed" state, which is
   * scanned as reader (signed out) and member (signed in without the role). Absent: a page for everyone.
   */
  staff?: readonly StaffRole[];
  /** Further screens of the same page (tabs in the query string), scanned by those who may use it. */
  screens?: readonly string[];
  /** Selector that shows the page has its data (for pages filled from the device's synced copy). */
  ready?: string;
}

export const SAMPLES: Record<string, RouteSample> = {
  '/': {},
  '/info': {},
  '/info/:slug': { path: (s) => `/info/${s.infoSlug}` },
  '/artikler': {},
  '/artikler/:slug': { path: (s) => `/artikler/${s.articleSlug}` },
  '/nyheter': {},
  '/ressurser': {},
  '/regler': {},
  '/forum': {},
  '/forum/ny': {},
  '/forum/utkast': {},
  '/forum/traad/:id': { path: (s) => `/forum/traad/${s.threadId}` },
  '/forum/medlem/:alias': { path: (s) => `/forum/medlem/${encodeURIComponent(s.memberAlias)}` },
  '/logg-inn': {},
  '/glemt-passord': {},
  // As opened from the mailed link, token in the fragment: the form (the token is not checked until it is sent).
  '/nytt-passord': { path: () => '/nytt-passord#e2e-eksempel-token' },
  '/registrer': {},
  '/konto': {},
  '/kontakt': {},
  '/kontakt/samtaler': {},
  '/sporsmal-og-svar': {},
  '/admin/kontakt': { staff: ['counsellor'], screens: ['/admin/kontakt?status=answered'] },
  '/admin/kontakt/:id': { path: (s) => `/admin/kontakt/${s.conversationId}`, staff: ['counsellor'] },
  '/admin/sporsmal-og-svar': { staff: ['editor', 'counsellor'] },
  '/admin/telefon': { staff: ['editor'] },
  '/sok': { screens: ['/sok?q=lov'] },
  '/media': {},
  '/admin/innhold': {
    staff: ['editor'],
    screens: ['informasjon', 'nyheter', 'ressurser', 'medieomtale', 'startside'].map(
      (tab) => `/admin/innhold?fane=${tab}`,
    ),
  },
  '/admin/kampanjer': { staff: [] },
  '/undersokelse/:id': { path: (s) => `/undersokelse/${s.surveyId}`, ready: 'sh-survey-page sh-survey-form' },
  '/admin/undersokelser': { staff: [] },
  '/admin/statistikk': { staff: [] },
  '/admin/moderering': {
    staff: ['moderator'],
    screens: ['fjernet', 'logg', 'utestengelser', 'domener', 'ansatte'].map((tab) => `/admin/moderering?fane=${tab}`),
  },
  '/moderering-logg': {},
  '/skjul-besoket': {},
  '/innstillinger': {},
};

/** Route patterns of ROUTES in frontend/src/app/routes.ts, in order. */
export function routePatterns(): string[] {
  const source = readFileSync(new URL('../../../frontend/src/app/routes.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export const ROUTES');
  const end = source.indexOf('export const NOT_FOUND');
  expect(start, 'routes.ts declares ROUTES').toBeGreaterThanOrEqual(0);
  expect(end, 'routes.ts declares NOT_FOUND after ROUTES').toBeGreaterThan(start);
  return [...source.slice(start, end).matchAll(/pattern:\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

export function mayUse(who: Who, sample: RouteSample): boolean {
  if (!sample.staff) return true;
  return who === 'admin' || (who !== 'reader' && who !== 'member' && sample.staff.includes(who));
}
