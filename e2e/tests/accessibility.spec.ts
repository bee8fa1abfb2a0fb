import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  csrfOf,
  devicePickupCode,
  loginAs,
  markSignedInDevice,
  pushMutation,
  registerMemberViaApi,
  STAFF_PASSWORD,
} from './helpers.js';
import {
  describeFindings,
  expectAxeSeesShadowDom,
  findings,
  findingsFor,
  open,
  pagesSeen,
  scan,
  scanned,
  settle,
} from './accessibility/axe-scan.js';
import {
  EVERYONE,
  LANGUAGES,
  mayUse,
  routePatterns,
  SAMPLES,
  STAFF_ALIAS,
  type Language,
  type Samples,
  type Who,
} from './accessibility/route-samples.js';

// axe (WCAG 2.0/2.1 A and AA) on every route of the app, for a reader, a member and each staff role, in
// Norwegian and English, plus the states that only appear after an action (dialogs, validation errors,
// offline). One browser context per role and language; pages are opened in-app (no reload) so each scan
// costs little. The route list is read from frontend/src/app/routes.ts: a route without an entry in
// SAMPLES (accessibility/route-samples.ts) fails the first test, so a new page cannot escape the check.

let samples: Samples;
const memberAliases: Record<Language, string> = { nb: '', en: '' };
const MEMBER_PASSWORD = 'et langt og godt passord';
let flaggedTitle = '';

/** A context signed in as `who` (reader: signed out), on the start page, in `language`. */
async function contextFor(
  browser: Browser,
  who: Who,
  language: Language,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  if (who === 'member') await loginAs(context.request, memberAliases[language], MEMBER_PASSWORD);
  else if (who !== 'reader') await loginAs(context.request, STAFF_ALIAS[who], STAFF_PASSWORD);
  if (who !== 'reader') await markSignedInDevice(context);
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
      pickupCode: devicePickupCode(),
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
    expect(missing, 'routes without an entry in SAMPLES (accessibility/route-samples.ts): add one').toEqual([]);
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
    await expect(composer.locator('sh-error-summary [role="alert"]')).toBeVisible();
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
