import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csrfOf, loginAs, pushMutation, registerMemberViaApi, STAFF_PASSWORD } from './helpers.js';

// axe (WCAG 2.0/2.1 A and AA) on every route of the app, for a reader, a member and each staff role, in
// Norwegian and English, plus the states that only appear after an action (dialogs, validation errors,
// offline). One browser context per role and language; pages are opened in-app (no reload) so each scan
// costs little. The route list is read from frontend/src/app/routes.ts: a route without an entry in
// SAMPLES below fails the first test, so a new page cannot escape the check.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STAFF_ROLES = ['moderator', 'counsellor', 'editor', 'admin'] as const;
type StaffRole = (typeof STAFF_ROLES)[number];
type Who = 'reader' | 'member' | StaffRole;
const EVERYONE: readonly Who[] = ['reader', 'member', ...STAFF_ROLES];
const LANGUAGES = ['nb', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** Staff accounts made by start-server.mjs (E2E_SEED_STAFF in playwright.config.ts). */
const STAFF_ALIAS: Record<StaffRole, string> = {
  moderator: 'e2e-moderator',
  counsellor: 'e2e-raadgiver',
  editor: 'e2e-redaktor',
  admin: 'e2e-admin',
};

/** Ids and names from the demo content and from the setup below, used to fill route parameters. */
interface Samples {
  articleSlug: string;
  infoSlug: string;
  threadId: string;
  conversationId: string;
  memberAlias: string;
  surveyId: string;
}

interface RouteSample {
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

const SAMPLES: Record<string, RouteSample> = {
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
  '/innstillinger': {},
};

/** Route patterns of ROUTES in frontend/src/app/routes.ts, in order. */
function routePatterns(): string[] {
  const source = readFileSync(new URL('../../frontend/src/app/routes.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export const ROUTES');
  const end = source.indexOf('export const NOT_FOUND');
  expect(start, 'routes.ts declares ROUTES').toBeGreaterThanOrEqual(0);
  expect(end, 'routes.ts declares NOT_FOUND after ROUTES').toBeGreaterThan(start);
  return [...source.slice(start, end).matchAll(/pattern:\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

interface Finding {
  where: string;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

const findings: Finding[] = [];
const scanned = new Map<string, number>();
const pagesSeen = new Set<string>();
let samples: Samples;
const memberAliases: Record<Language, string> = { nb: '', en: '' };
const MEMBER_PASSWORD = 'et langt og godt passord';
let flaggedTitle = '';

/** Text of loading placeholders; a page is scanned once none is left. */
const BUSY = /^(Henter|Sjekker innloggingen|Loading|Fetching|Checking your sign-in)/;

/** Waits until the routed page has upgraded, rendered its heading and finished loading. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    return !!routed && !!customElements.get(routed.localName) && !!routed.shadowRoot?.querySelector('h1');
  });
  await expect(page.getByText(BUSY)).toHaveCount(0);
}

/** Client-side navigation, as a click on a link would do. */
async function open(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    const app = document.querySelector('sh-app') as unknown as { navigate(path: string): void } | null;
    if (!app) throw new Error('no sh-app on the page');
    app.navigate(target);
  }, path);
  await settle(page);
}

/** Runs axe on the page as it is and records what it finds under `where`. */
async function scan(page: Page, who: Who, language: Language, where: string): Promise<void> {
  // In-app navigation keeps the document, so axe is injected once per page, not once per scan (the
  // 500 KB source dominated the run time); legacy mode runs in the page instead of opening a blank one.
  const injected = await page.evaluate(() => 'axe' in window);
  const result = await new AxeBuilder(injected ? { page, axeSource: ';' } : { page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .analyze();
  const key = `${who} ${language}`;
  scanned.set(key, (scanned.get(key) ?? 0) + 1);
  pagesSeen.add(where.split(' ')[0] ?? where);
  for (const violation of result.violations) {
    findings.push({
      where: `${where} [${who}, ${language}]`,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      nodes: violation.nodes.slice(0, 4).map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
    });
  }
}

function findingsFor(who: Who, language: Language): Finding[] {
  return findings.filter((finding) => finding.where.endsWith(`[${who}, ${language}]`));
}

function describeFindings(list: Finding[]): string {
  return list.map((f) => `- ${f.where}: ${f.rule} (${f.impact}) ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
}

/** A context signed in as `who` (reader: signed out), on the start page, in `language`. */
async function contextFor(
  browser: Browser,
  who: Who,
  language: Language,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  if (who === 'member') await loginAs(context.request, memberAliases[language], MEMBER_PASSWORD);
  else if (who !== 'reader') await loginAs(context.request, STAFF_ALIAS[who], STAFF_PASSWORD);
  const page = await context.newPage();
  await page.goto('/innstillinger');
  await settle(page);
  if (language === 'en') {
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }
  if (who !== 'reader')
    await expect(page.locator('sh-app a.account')).toHaveText(
      who === 'member' ? memberAliases[language] : STAFF_ALIAS[who],
    );
  return { context, page };
}

function mayUse(who: Who, sample: RouteSample): boolean {
  if (!sample.staff) return true;
  return who === 'admin' || (who !== 'reader' && who !== 'member' && sample.staff.includes(who));
}

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  test.beforeAll(async ({ browser }) => {
    const setup = await browser.newContext();
    const { request } = setup;
    const articles = (await (await request.get('/api/articles?limit=1')).json()) as { items: { slug: string }[] };
    const pages = (await (await request.get('/api/pages')).json()) as
      { items?: { slug: string }[] } | { slug: string }[];
    const pageList = Array.isArray(pages) ? pages : (pages.items ?? []);
    const marker = `${Date.now() % 1_000_000}`;

    // Two members (one per language, so each sees the rules gate once); a third writes a thread the
    // others can flag, and flags it so the moderators' queue has a card.
    for (const language of LANGUAGES) {
      memberAliases[language] = `Tilgjengelig${language}${marker}`;
      const member = await browser.newContext();
      await registerMemberViaApi(member.request, memberAliases[language], MEMBER_PASSWORD, { acceptRules: false });
      await member.close();
    }
    const author = await browser.newContext();
    const authorAlias = `Skribent${marker}`;
    const authorCsrf = await registerMemberViaApi(author.request, authorAlias, MEMBER_PASSWORD, { acceptRules: true });
    flaggedTitle = `Tråd for tilgjengelighetstest ${marker}`;
    const created = await pushMutation(author.request, authorCsrf, 'thread.create', {
      title: flaggedTitle,
      body: 'Jeg har et spørsmål om hvordan dette forumet fungerer, og håper noen kan svare.',
    });
    const flagger = await browser.newContext();
    const flaggerCsrf = await registerMemberViaApi(flagger.request, `Flagger${marker}`, MEMBER_PASSWORD, {
      acceptRules: true,
    });
    await pushMutation(flagger.request, flaggerCsrf, 'flag.create', { postId: created.postId, rule: 2 });

    // A contact message for the counsellor's conversation screen.
    const contact = await pushMutation(request, await csrfOf(request), 'contact.create', {
      topic: 'law',
      body: 'Hva sier loven om kjøp av sex i utlandet?',
      replyBy: 'pickup',
    });

    // An open survey (admin) for the reader's survey page.
    await loginAs(request, STAFF_ALIAS.admin, STAFF_PASSWORD);
    const adminCsrf = { 'x-csrf-token': await csrfOf(request) };
    const survey = await request.post('/api/admin/surveys', {
      headers: adminCsrf,
      data: {
        title: `Hva synes du om tjenesten? ${marker}`,
        intro: 'Svarene er anonyme og hjelper oss å gjøre tjenesten bedre.',
        questions: [
          {
            kind: 'single',
            text: 'Hvordan fant du tjenesten?',
            required: true,
            options: ['Søk på nett', 'Kort eller plakat', 'Annet'],
          },
          {
            kind: 'multiple',
            text: 'Hva har du lest?',
            required: false,
            options: ['Artikler', 'Forumet', 'Ressurser'],
          },
          {
            kind: 'scale',
            text: 'Hvor nyttig var det?',
            required: true,
            scaleMinLabel: 'Lite nyttig',
            scaleMaxLabel: 'Svært nyttig',
          },
          { kind: 'text', text: 'Noe du savner?', required: false },
        ],
      },
    });
    expect(survey.ok(), `create survey answered ${survey.status()}`).toBe(true);
    const surveyId = ((await survey.json()) as { id: string }).id;
    const opened = await request.post(`/api/admin/surveys/${surveyId}/open`, { headers: adminCsrf });
    expect(opened.ok(), `open survey answered ${opened.status()}`).toBe(true);

    samples = {
      articleSlug: articles.items[0]?.slug ?? '',
      infoSlug: pageList[0]?.slug ?? '',
      threadId: created.threadId ?? '',
      conversationId: contact.conversationId ?? '',
      memberAlias: authorAlias,
      surveyId,
    };
    for (const [name, value] of Object.entries(samples)) expect(value, `sample ${name}`).not.toBe('');
    await Promise.all([setup.close(), author.close(), flagger.close()]);
  });

  test('every route of routes.ts has sample parameters and an access rule', () => {
    const patterns = routePatterns();
    expect(patterns.length, 'routes found in routes.ts').toBeGreaterThan(20);
    const missing = patterns.filter((pattern) => !(pattern in SAMPLES));
    expect(missing, 'routes without an entry in SAMPLES (accessibility.spec.ts): add one').toEqual([]);
    const stale = Object.keys(SAMPLES).filter((pattern) => !patterns.includes(pattern));
    expect(stale, 'SAMPLES entries for routes that no longer exist').toEqual([]);
  });

  for (const who of EVERYONE) {
    for (const language of LANGUAGES) {
      test(`${who}, ${language}: every page and state`, async ({ browser }) => {
        test.setTimeout(240_000);
        const { context, page } = await contextFor(browser, who, language);
        if (who === 'reader' && language === 'nb') await expectAxeSeesShadowDom(page);
        for (const pattern of routePatterns()) {
          const sample = SAMPLES[pattern];
          if (!sample) continue; // reported by the test above
          const path = sample.path ? sample.path(samples) : pattern;
          if (mayUse(who, sample)) {
            await open(page, path);
            if (sample.ready) await expect(page.locator(sample.ready).first()).toBeVisible();
            await scan(page, who, language, path);
            for (const screen of sample.screens ?? []) {
              await open(page, screen);
              await scan(page, who, language, screen);
            }
          } else if (who === 'reader' || who === 'member') {
            await open(page, path);
            await expect(page.locator('sh-app main .notice').first()).toBeVisible();
            await scan(page, who, language, `${path} (not allowed)`);
          }
        }
        await scanStates(page, context, who, language);
        await context.close();
        const mine = findingsFor(who, language);
        console.log(
          `accessibility ${who} ${language}: ${scanned.get(`${who} ${language}`) ?? 0} scans, ${mine.length} violations`,
        );
        expect(mine, `axe violations for ${who} in ${language}:\n${describeFindings(mine)}`).toEqual([]);
      });
    }
  }

  test.afterAll(() => {
    const total = [...scanned.values()].reduce((sum, n) => sum + n, 0);
    const rows = [...scanned.entries()].map(([key, n]) => `  ${key.padEnd(16)} ${n} scans`).join('\n');
    console.log(
      `accessibility: ${total} axe scans of ${pagesSeen.size} pages and screens, ${scanned.size} role × language contexts, ` +
        `${findings.length} violations\n${rows}`,
    );
    if (findings.length) console.log(describeFindings(findings));
  });
});

/** Guards against a scan that cannot fail: a nameless button inside the page's shadow root must be found. */
async function expectAxeSeesShadowDom(page: Page): Promise<void> {
  await open(page, '/');
  await page.evaluate(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    const button = document.createElement('button');
    button.id = 'axe-self-check';
    routed?.shadowRoot?.append(button);
  });
  const result = await new AxeBuilder({ page }).setLegacyMode().withRules(['button-name']).analyze();
  expect(result.violations.map((violation) => violation.id)).toContain('button-name');
  await page.evaluate(() => {
    const routed = document.querySelector('sh-app')?.shadowRoot?.querySelector('main')?.firstElementChild;
    routed?.shadowRoot?.querySelector('#axe-self-check')?.remove();
  });
}

/** States that only appear after an action, scanned by the role that sees them. */
async function scanStates(page: Page, context: BrowserContext, who: Who, language: Language): Promise<void> {
  if (who === 'reader') {
    // The contact form with every error shown.
    await open(page, '/kontakt');
    await page.locator('sh-contact-page button#send').click();
    await expect(page.locator('sh-contact-page [role="alert"]').first()).toBeVisible();
    await scan(page, who, language, '/kontakt (form errors)');

    // The quick-exit button with keyboard focus.
    await page.locator('sh-quick-exit button').focus();
    await scan(page, who, language, '/kontakt (quick-exit focused)');

    // The survey with its required answers missing.
    await open(page, `/undersokelse/${samples.surveyId}`);
    await page.locator('sh-survey-form button[type="submit"]').click();
    await expect(page.locator('sh-survey-form [role="alert"]').first()).toBeVisible();
    await scan(page, who, language, '/undersokelse/:id (errors)');

    // Offline (last: the banner stays until the next successful sync): the header banner, a staff page's notice.
    await open(page, '/artikler');
    await context.setOffline(true);
    await expect(page.locator('sh-sync-status .offline')).toBeVisible();
    await scan(page, who, language, '/artikler (offline banner)');
    await open(page, '/admin/kontakt');
    await scan(page, who, language, '/admin/kontakt (offline)');
  }

  if (who === 'member') {
    // The new-thread composer: the rules gate, then empty fields sent.
    await open(page, '/forum/ny');
    const composer = page.locator('sh-new-thread-page sh-post-composer');
    await expect(composer.locator('section.accept')).toBeVisible();
    await scan(page, who, language, '/forum/ny (rules gate)');
    await composer.locator('section.accept button').click();
    await expect(composer.locator('section.accept')).toHaveCount(0);
    await composer.locator('button#send').click();
    await expect(composer.locator('.error-box[role="alert"]')).toBeVisible();
    await scan(page, who, language, '/forum/ny (validation error)');

    // The flag dialog on someone else's post, then sent without a rule.
    await open(page, `/forum/traad/${samples.threadId}`);
    const thread = page.locator('sh-thread-page');
    await thread
      .locator('.post-actions button')
      .filter({ hasText: language === 'nb' ? 'Rapporter' : /Report/ })
      .first()
      .click();
    const dialog = page.locator('sh-flag-dialog dialog');
    await expect(dialog).toBeVisible();
    await scan(page, who, language, '/forum/traad/:id (flag dialog)');
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog.locator('[role="alert"]')).toBeVisible();
    await scan(page, who, language, '/forum/traad/:id (flag dialog, no rule)');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  if (who === 'moderator') {
    // The removal dialog from the flag queue, then sent without a note; closed without removing.
    await open(page, '/admin/moderering');
    const card = page.locator('sh-flag-queue article.flagged', { hasText: flaggedTitle });
    await card.locator('button.danger').click();
    const dialog = page.locator('sh-removal-dialog dialog');
    await expect(dialog).toBeVisible();
    await scan(page, who, language, '/admin/moderering (removal dialog)');
    await dialog.locator('button[type="submit"]').click();
    await expect(dialog.locator('[role="alert"]')).toBeVisible();
    await scan(page, who, language, '/admin/moderering (removal dialog, no note)');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}
