import { expect, test, type Page, type Request } from '@playwright/test';
import { waitForServiceWorkerControl } from './helpers.js';

interface LoggedRequest {
  url: string;
  method: string;
  postData: string | null;
  /** Milliseconds since the test started. */
  at: number;
}

/** Text of the composer's textarea (inside two shadow roots; Playwright's CSS pierces them). */
function replyBox(page: Page) {
  return page.locator('sh-thread-page sh-post-composer textarea#body');
}

async function postCount(page: Page, threadId: string): Promise<{ count: number; bodies: (string | null)[] }> {
  const response = await page.request.get(`/api/threads/${threadId}/posts?limit=100`);
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { body: string | null }[] };
  return { count: items.length, bodies: items.map((item) => item.body) };
}

test('a member drafts a reply offline, it survives a reload, is queued on Send and posted exactly once', async ({
  page,
  context,
}) => {
  const started = Date.now();
  const requests: LoggedRequest[] = [];
  // Context-wide, so requests the service worker makes are logged too.
  context.on('request', (request: Request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      postData: request.postData(),
      at: Date.now() - started,
    });
  });

  const alias = `Medlem${Date.now() % 1_000_000}`;
  const title = `Tråd fra e2e ${alias}`;
  const draftText = `Dette er et privat utkast ${crypto.randomUUID()} som ikke skal forlate enheten før Send.`;

  // Register through the UI.
  await page.goto('/registrer');
  await page.getByLabel('Alias').fill(alias);
  await page.getByLabel('E-postadresse').fill(`${alias.toLowerCase()}@example.org`);
  await page.getByLabel('Passord').fill('et langt og godt passord');
  await page.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(page).toHaveURL(/\/forum$/);
  await expect(page.locator('sh-app a.account')).toHaveText(alias);

  // First thread: accept the six rules, then write and send.
  await page.getByRole('link', { name: 'Start en ny tråd' }).click();
  await expect(page).toHaveURL(/\/forum\/ny/);
  const accept = page.getByRole('button', { name: 'Jeg har lest reglene og godtar dem' });
  await expect(accept).toBeVisible();
  await expect(page.locator('sh-post-composer .accept sh-rules-list li')).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  await accept.click();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Første innlegg').fill('Jeg lurer på hvordan andre har kommet seg ut av dette.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  let threadId = '';
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/threads?limit=20');
        const { items } = (await response.json()) as { items: { id: string; title: string }[] };
        threadId = items.find((item) => item.title === title)?.id ?? '';
        return threadId;
      },
      { message: 'the new thread reaches the server' },
    )
    .not.toBe('');

  // Open the thread; make sure the service worker controls the page so it reloads offline.
  await page.goto(`/forum/traad/${threadId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await waitForServiceWorkerControl(page);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Write a reply; it is saved on the device only.
  await replyBox(page).fill(draftText);
  await expect(page.locator('sh-thread-page sh-post-composer #save-state')).toHaveText('Lagret på denne enheten');

  // Offline, reload: the draft is still there.
  await context.setOffline(true);
  await page.reload();
  await expect(replyBox(page)).toHaveValue(draftText);

  // Nothing carried the draft text before Send.
  const beforeSend = requests.filter(
    (r) => r.postData?.includes(draftText) || r.url.includes(encodeURIComponent(draftText)),
  );
  expect(beforeSend, 'no request carried the draft before Send').toEqual([]);
  const sendPressedAt = Date.now() - started;

  // Send while offline: queued.
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(replyBox(page)).toHaveValue('');
  await page.getByRole('link', { name: 'Se utkast og utboks' }).click();
  await expect(page).toHaveURL(/\/forum\/utkast$/);
  // The thread sent earlier is listed as sent; the reply waits in the queue.
  await expect(page.locator('sh-outbox-list li[data-state="sent"]')).toHaveCount(1);
  const queued = page.locator('sh-outbox-list li[data-state="queued"]');
  await expect(queued).toHaveCount(1);
  await expect(queued.locator('.state')).toContainText('I kø');
  const mutationId = await queued.getAttribute('data-outbox');
  const item = page.locator(`sh-outbox-list li[data-outbox="${mutationId}"]`);
  expect((await postCount(page, threadId)).count).toBe(1);

  // Back online: it is posted exactly once.
  await context.setOffline(false);
  await expect(item).toHaveAttribute('data-state', 'sent', { timeout: 30_000 });
  await expect.poll(async () => (await postCount(page, threadId)).count).toBe(2);
  // Give any second tab/timer/background-sync a chance to double-post, then check again.
  await page.waitForTimeout(2_000);
  const { count, bodies } = await postCount(page, threadId);
  expect(count).toBe(2);
  expect(bodies.filter((body) => body === draftText)).toHaveLength(1);

  // Every request that carried the draft text came after Send and was a sync push.
  const carrying = requests.filter((r) => r.postData?.includes(draftText));
  expect(carrying.length).toBeGreaterThan(0);
  for (const request of carrying) {
    expect(request.at).toBeGreaterThanOrEqual(sendPressedAt);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/sync/push');
  }

  // The thread shows the reply.
  await page.goto(`/forum/traad/${threadId}`);
  await expect(page.locator('sh-thread-page article')).toHaveCount(2);
  await expect(page.locator('sh-thread-page article').nth(1)).toContainText(draftText);
});
