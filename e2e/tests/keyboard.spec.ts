import { expect, test, type Page } from '@playwright/test';
import { loginAs, markSignedInDevice, pushMutation, registerMemberViaApi, STAFF_PASSWORD } from './helpers.js';

// Keyboard-only journeys: no clicks, only Tab, Enter, arrows, Escape and typing. Every tab stop on the
// way must show a visible focus indicator, and after each navigation focus must land on the new page's
// main heading.

const MEMBER_PASSWORD = 'et langt og godt passord';

interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  /** `data-remove` of a flag queue's remove button: the post it removes. */
  removes: string | null;
  /** Inside the routed page (<main>), not the header or footer. */
  inMain: boolean;
  /** Outline or box-shadow drawn around it (computed style). */
  ringVisible: boolean;
  /** Inside the viewport. */
  onScreen: boolean;
  describe: string;
}

/** The element that has focus, through shadow roots. */
async function focusedElement(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    let inMain = false;
    for (let node: Node | null = element; node;) {
      if (node instanceof HTMLElement && node.localName === 'main') inMain = true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = element.getBoundingClientRect();
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return {
      tag: element.localName,
      id: element.id,
      text,
      href: element.getAttribute('href'),
      removes: element.getAttribute('data-remove'),
      inMain,
      ringVisible: outline || shadow,
      onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
      describe: `<${element.localName}${element.id ? `#${element.id}` : ''}> ${text}`,
    };
  });
}

/**
 * Presses Tab until `wanted` holds for the focused element. Every stop passed on the way must show a
 * visible focus ring and be scrolled into view.
 */
async function tabTo(page: Page, what: string, wanted: (focused: Focused) => boolean, max = 80): Promise<Focused> {
  const unseen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (!focused) continue;
    if (!focused.ringVisible || !focused.onScreen) unseen.push(focused.describe);
    if (wanted(focused)) {
      expect(unseen, `tab stops without a visible focus ring on the way to ${what}`).toEqual([]);
      return focused;
    }
  }
  throw new Error(`${what} not reached in ${max} presses of Tab`);
}

/** After a navigation, focus sits on the new page's h1 (with `name` when given). */
async function expectHeadingFocused(page: Page, name?: string | RegExp): Promise<void> {
  await expect.poll(async () => (await focusedElement(page))?.tag, { message: 'focus on the main heading' }).toBe('h1');
  // A page may swap a placeholder heading for the loaded one; focus follows it.
  if (name !== undefined) {
    await expect.poll(async () => (await focusedElement(page))?.text, { message: 'the focused heading' }).toMatch(name);
  }
  const focused = await focusedElement(page);
  expect(focused?.tag).toBe('h1');
  expect(focused?.inMain).toBe(true);
}

test('reading by keyboard: skip link, the article list, an article, its discussion', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The start page fills in its article list once the first sync has run. Tabbing before that walks
  // into the footer while the list arrives and pushes it down, which says nothing about keyboard use.
  await expect(page.getByRole('link', { name: 'Alle artikler' })).toBeVisible();

  // The first tab stop is the skip link; it shows itself and moves focus to the page heading.
  await page.keyboard.press('Tab');
  const skip = await focusedElement(page);
  expect(skip?.text).toBe('Hopp til innholdet');
  expect(skip?.ringVisible && skip.onScreen, 'the skip link is visible when focused').toBe(true);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page);
  // From there, Tab continues inside the page, not in the header.
  await page.keyboard.press('Tab');
  expect((await focusedElement(page))?.inMain, 'the tab after the skip link lands in the page').toBe(true);

  await tabTo(page, 'the link to the article list', (f) => f.href === '/artikler' && f.inMain);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/artikler$/);
  await expectHeadingFocused(page, 'Artikler');
  await expect(page.locator('main a[href^="/artikler/"]').first()).toBeVisible();

  const article = await tabTo(page, 'an article', (f) => f.inMain && !!f.href?.startsWith('/artikler/'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${article.href ?? ''}$`));
  await expectHeadingFocused(page, article.text);
  await expect(page.locator('main a[href^="/forum/traad/"]').first()).toBeVisible();

  await tabTo(page, "the article's discussion", (f) => !!f.href?.startsWith('/forum/traad/'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forum\/traad\/[^/]+$/);
  await expectHeadingFocused(page);
  await expect(page.locator('sh-thread-page article').first()).toBeVisible();
});

test('writing by keyboard: a member opens a thread, accepts the rules, writes and sends a reply', async ({
  browser,
}) => {
  const marker = `${Date.now() % 1_000_000}`;
  const starter = await browser.newContext();
  const starterCsrf = await registerMemberViaApi(starter.request, `Trådstarter${marker}`, MEMBER_PASSWORD, {
    acceptRules: true,
  });
  const title = `Spørsmål skrevet med tastatur ${marker}`;
  const { threadId } = await pushMutation(starter.request, starterCsrf, 'thread.create', {
    title,
    body: 'Hvordan har andre det etter å ha sluttet?',
  });
  await starter.close();

  const context = await browser.newContext();
  const alias = `Tastatur${marker}`;
  // Registering signs the context in.
  await registerMemberViaApi(context.request, alias, MEMBER_PASSWORD, { acceptRules: false });
  await markSignedInDevice(context);
  const page = await context.newPage();
  await page.goto('/forum');
  await expect(page.locator('sh-app a.account')).toHaveText(alias);

  await tabTo(page, 'the new thread in the list', (f) => f.href === `/forum/traad/${threadId}`);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, title);

  // The rules gate: accept by keyboard; focus then goes to the reply field.
  await tabTo(
    page,
    'the rules acceptance',
    (f) => f.tag === 'button' && f.text === 'Jeg har lest reglene og godtar dem',
  );
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focusedElement(page))?.id, { message: 'focus moves to the reply' }).toBe('body');

  const reply = `Jeg har vært der selv, og det hjalp å snakke med noen. ${crypto.randomUUID()}`;
  await page.keyboard.type(reply);
  await tabTo(page, 'Send', (f) => f.id === 'send');
  await page.keyboard.press('Enter');

  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/threads/${threadId}/posts?limit=100`);
        const { items } = (await response.json()) as { items: { body: string | null }[] };
        return items.some((item) => item.body === reply);
      },
      { message: 'the reply reaches the server' },
    )
    .toBe(true);
  await expect(page.locator('sh-thread-page article', { hasText: reply })).toBeVisible();
  await context.close();
});

test('working the flag queue by keyboard: move between flags, dismiss one, remove another with a rule', async ({
  browser,
}) => {
  const marker = `${Date.now() % 1_000_000}`;
  const author = await browser.newContext();
  const authorCsrf = await registerMemberViaApi(author.request, `Forfatter${marker}`, MEMBER_PASSWORD, {
    acceptRules: true,
  });
  const keep = await pushMutation(author.request, authorCsrf, 'thread.create', {
    title: `Et ærlig spørsmål ${marker}`,
    body: 'Jeg lurer på om det finnes samtalegrupper i Bergen.',
  });
  const spam = await pushMutation(author.request, authorCsrf, 'thread.create', {
    title: `Billig tilbud ${marker}`,
    body: `Ring oss for gode priser ${crypto.randomUUID()}`,
  });
  const flagger = await browser.newContext();
  const flaggerCsrf = await registerMemberViaApi(flagger.request, `Melder${marker}`, MEMBER_PASSWORD, {
    acceptRules: true,
  });
  await pushMutation(flagger.request, flaggerCsrf, 'flag.create', { postId: keep.postId, rule: 1 });
  await pushMutation(flagger.request, flaggerCsrf, 'flag.create', { postId: spam.postId, rule: 3 });
  await Promise.all([author.close(), flagger.close()]);

  const context = await browser.newContext();
  await loginAs(context.request, 'e2e-moderator', STAFF_PASSWORD);
  await markSignedInDevice(context);
  const page = await context.newPage();
  await page.goto('/admin/moderering');
  await expect(page.getByRole('heading', { level: 1, name: 'Moderering' })).toBeVisible();
  await expect(page.locator('sh-flag-queue article.flagged').first()).toBeVisible();

  // Move through the queue to the first card, past its controls, to the next card.
  await tabTo(page, 'the first flagged thread', (f) => f.href === `/forum/traad/${keep.threadId}`);
  await tabTo(page, 'its dismissal note', (f) => f.id === `dn-${keep.postId}`, 1);
  await page.keyboard.type('Et vanlig spørsmål, ikke brudd på reglene');
  await tabTo(page, 'Avvis flagg', (f) => f.text === 'Avvis flagg', 1);
  await page.keyboard.press('Enter');
  await expect(page.locator('sh-flag-queue .status-line')).toContainText('Flaggene er avvist');
  await expect(page.locator('sh-flag-queue article.flagged', { hasText: `Et ærlig spørsmål ${marker}` })).toHaveCount(
    0,
  );
  // Focus moved on to the next card's heading link, not back to the top of the page.
  const next = await focusedElement(page);
  expect(next?.href, 'focus after dismissing').toMatch(/^\/forum\/traad\//);

  // Open the removal dialog on the spam post; Escape closes it and focus returns to its button.
  await tabTo(page, 'Fjern innlegg on the spam post', (f) => f.removes === spam.postId);
  await page.keyboard.press('Enter');
  const dialog = page.locator('sh-removal-dialog dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('sh-removal-dialog select#rule')).toBeFocused();
  await expect(page.locator('sh-removal-dialog select#rule')).toHaveValue('3');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`sh-flag-queue button[data-remove="${spam.postId}"]`)).toBeFocused();

  // Again, and remove it under rule 4 with a note, by keyboard only.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('sh-removal-dialog select#rule')).toHaveValue('4');
  await page.keyboard.press('Tab');
  await expect(page.locator('sh-removal-dialog textarea#note')).toBeFocused();
  await page.keyboard.type('Reklame for kommersielle tjenester');
  await tabTo(page, 'Fjern innlegget', (f) => f.text === 'Fjern innlegget', 1);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('sh-flag-queue .status-line')).toContainText('Innlegget er fjernet');
  await expect(page.locator('sh-flag-queue article.flagged', { hasText: `Billig tilbud ${marker}` })).toHaveCount(0);
  const after = await focusedElement(page);
  expect(after?.inMain, 'focus stays in the queue after removing').toBe(true);
  expect(['a', 'select']).toContain(after?.tag);

  const posts = await page.request.get(`/api/threads/${spam.threadId}/posts?limit=10`);
  const { items } = (await posts.json()) as { items: { status: string; removal?: { rule: number } | null }[] };
  expect(items[0]?.status).toBe('removed');
  expect(items[0]?.removal?.rule).toBe(4);
  await context.close();
});
