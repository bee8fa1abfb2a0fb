import { expect, test, type APIRequestContext } from '@playwright/test';

const MODERATOR = { alias: 'e2e-moderator', password: process.env.E2E_STAFF_PASSWORD ?? 'e2e staff password 2026' };

/** Cookie value of the CSRF double-submit token this API context holds. */
async function csrfOf(request: APIRequestContext): Promise<string> {
  const state = await request.storageState();
  const cookie = state.cookies.find((c) => c.name === 'csrf');
  expect(cookie, 'a session gives a csrf cookie').toBeTruthy();
  return cookie?.value ?? '';
}

/** Registers a member through the API and accepts the forum rules. */
async function registerMember(request: APIRequestContext, alias: string): Promise<string> {
  const registered = await request.post('/api/auth/register', {
    data: { alias, email: `${alias.toLowerCase()}@example.org`, password: 'et langt og godt passord' },
  });
  expect(registered.ok(), `register ${alias} answered ${registered.status()}`).toBe(true);
  const csrf = await csrfOf(request);
  const accepted = await request.post('/api/forum/rules-acceptance', { headers: { 'x-csrf-token': csrf } });
  expect(accepted.ok(), `rules acceptance answered ${accepted.status()}`).toBe(true);
  return csrf;
}

/** Pushes one sync mutation and returns its result. */
async function push(request: APIRequestContext, csrf: string, kind: string, payload: unknown) {
  const response = await request.post('/api/sync/push', {
    headers: { 'x-csrf-token': csrf },
    data: { mutations: [{ id: crypto.randomUUID(), kind, payload, createdAt: new Date().toISOString() }] },
  });
  expect(response.ok(), `push ${kind} answered ${response.status()}`).toBe(true);
  const { results } = (await response.json()) as {
    results: { status: string; result?: Record<string, string>; error?: { message: string } }[];
  };
  expect(results[0]?.status, results[0]?.error?.message).toBe('applied');
  return results[0]?.result ?? {};
}

test('a flagged post is removed by a moderator under rule 4: readers see the notice, staff the archive, everyone the log', async ({
  browser,
}) => {
  const marker = `${Date.now() % 1_000_000}`;
  const title = `Tilbud i byen ${marker}`;
  const spam = `Kjøp billige tjenester hos oss, ring nå ${crypto.randomUUID()}`;
  const note = `Reklame for kommersielle tjenester (${marker})`;

  // A member starts a thread; a second member flags its first post under rule 4.
  const author = await browser.newContext();
  const authorCsrf = await registerMember(author.request, `Skribent${marker}`);
  const created = await push(author.request, authorCsrf, 'thread.create', { title, body: spam });
  const threadId = created.threadId ?? '';
  const postId = created.postId ?? '';
  expect(threadId).not.toBe('');
  const flagger = await browser.newContext();
  const flaggerCsrf = await registerMember(flagger.request, `Leser${marker}`);
  await push(flagger.request, flaggerCsrf, 'flag.create', { postId, rule: 4, note: 'Dette er reklame' });

  // The moderator signs in through the login page and opens the queue from the staff menu.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await staff.goto('/logg-inn');
  await staff.getByLabel('Alias').fill(MODERATOR.alias);
  await staff.getByLabel('Passord').fill(MODERATOR.password);
  await staff.getByRole('button', { name: 'Logg inn' }).click();
  await expect(staff.locator('sh-app a.account')).toHaveText(MODERATOR.alias);
  await staff.getByRole('link', { name: 'Moderering', exact: true }).click();
  await expect(staff).toHaveURL(/\/admin\/moderering$/);
  await expect(staff.getByRole('heading', { name: 'Moderering', level: 1 })).toBeVisible();

  const card = staff.locator('sh-flag-queue article.flagged', { hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText(spam);
  await expect(card).toContainText('Dette er reklame');
  await expect(card.locator('.chips')).toContainText('Regel 4');

  // Remove by keyboard: the dialog opens on the rule picker; pick rule 4, Tab to the note.
  await card.getByRole('button', { name: 'Fjern innlegg' }).focus();
  await staff.keyboard.press('Enter');
  const picker = staff.locator('sh-removal-dialog select#rule');
  await expect(picker).toBeFocused();
  await picker.selectOption('4');
  await staff.keyboard.press('Tab');
  await expect(staff.locator('sh-removal-dialog textarea#note')).toBeFocused();
  await staff.keyboard.type(note);
  await staff.locator('sh-removal-dialog').getByRole('button', { name: 'Fjern innlegget' }).click();
  await expect(staff.locator('sh-flag-queue [role="status"]')).toContainText('Innlegget er fjernet');
  await expect(staff.locator('sh-flag-queue article.flagged', { hasText: title })).toHaveCount(0);

  // An anonymous reader sees the notice with the rule and the note, never the text.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/forum/traad/${threadId}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const notice = reader.locator('sh-thread-page article .removed').first();
  await expect(notice).toContainText('Fjernet av moderator etter regel 4');
  await expect(notice).toContainText(note);
  await expect(reader.locator('sh-thread-page')).not.toContainText(spam);
  const posts = await reader.request.get(`/api/threads/${threadId}/posts?limit=100`);
  expect(await posts.text()).not.toContain(spam);

  // The moderator finds the archived text under Fjernet.
  await staff.getByRole('button', { name: 'Fjernet', exact: true }).click();
  await staff.locator('sh-removal-archive li', { hasText: title }).getByRole('button').click();
  await expect(staff.locator('sh-removal-archive .archived')).toContainText(spam);
  await expect(staff.locator('sh-removal-archive')).toContainText(note);

  // The public moderation log shows the entry (no text), reachable from the rules page.
  await reader.goto('/regler');
  await reader.getByRole('link', { name: 'Se moderasjonsloggen' }).click();
  await expect(reader).toHaveURL(/\/moderering-logg$/);
  const entry = reader.locator('sh-modlog-page .log li', { hasText: title });
  await expect(entry).toContainText('Fjernet');
  await expect(entry).toContainText('regel 4');
  await expect(entry.getByRole('link', { name: title })).toHaveAttribute('href', `/forum/traad/${threadId}`);
  await expect(reader.locator('sh-modlog-page')).not.toContainText(spam);

  await Promise.all([author.close(), flagger.close(), staffContext.close(), readerContext.close()]);
});
