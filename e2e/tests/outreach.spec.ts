import { expect, test } from '@playwright/test';
import { countLocalRows, csrfOf, STAFF_PASSWORD } from './helpers';

const ADMIN = 'e2e-admin';

/**
 * Issue #7 end to end: the admin makes a campaign and downloads its card; a reader comes through
 * the short link, answers the survey while offline and goes online again; the admin's statistics
 * show the visit through the campaign and the answer.
 */
test('a campaign brings a reader who answers the survey offline; the dashboard counts both', async ({ browser }) => {
  const marker = `${Date.now() % 1_000_000}`;
  const campaignName = `Kort til skoler ${marker}`;
  const surveyTitle = `Hvordan fant du oss ${marker}`;

  // The admin signs in and creates a campaign on the campaign screen.
  const adminContext = await browser.newContext({ acceptDownloads: true });
  const admin = await adminContext.newPage();
  await admin.goto('/logg-inn');
  await admin.getByLabel('Alias').fill(ADMIN);
  await admin.getByLabel('Passord').fill(STAFF_PASSWORD);
  await admin.getByRole('button', { name: 'Logg inn' }).click();
  await expect(admin.locator('sh-app a.account')).toHaveText(ADMIN);
  await admin.getByRole('link', { name: 'Kampanjer og kort' }).click();
  await admin.getByLabel('Navn').fill(campaignName);
  await admin.getByLabel('Kanal').selectOption('school');
  await admin.getByRole('button', { name: 'Opprett kampanje' }).click();
  const item = admin.locator('sh-campaign-item', { has: admin.getByRole('heading', { name: campaignName }) });
  await expect(item).toBeVisible();
  const shortUrl = await item.getByLabel('Kortlenke').inputValue();
  const code = /\/k\/([a-z0-9]+)$/.exec(shortUrl)?.[1] ?? '';
  expect(code, `short link ${shortUrl}`).not.toBe('');

  // The printable card downloads as a PDF.
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    item.getByRole('link', { name: 'Kort (PDF, 85 × 55 mm)' }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // An open survey with one required question (made through the admin API: the survey screen has its own spec).
  const csrf = await csrfOf(adminContext.request);
  const created = await adminContext.request.post('/api/admin/surveys', {
    headers: { 'x-csrf-token': csrf },
    data: {
      title: surveyTitle,
      intro: 'Tre sekunder, helt anonymt.',
      questions: [{ kind: 'single', text: 'Hvor hørte du om oss?', required: true, options: ['Et kort', 'Noe annet'] }],
    },
  });
  expect(created.ok(), `create survey answered ${created.status()}`).toBe(true);
  const surveyId = ((await created.json()) as { id: string }).id;
  const opened = await adminContext.request.post(`/api/admin/surveys/${surveyId}/open`, {
    headers: { 'x-csrf-token': csrf },
  });
  expect(opened.ok(), `open survey answered ${opened.status()}`).toBe(true);

  // A reader opens the short link and lands on the start page; the app pulls the open survey onto the device.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/k/${code}`);
  await expect(reader).toHaveURL(/\/(\?.*)?$/);
  await expect(reader.locator('sh-start-page')).toBeVisible();
  // The start page invites to an open survey once the pull has stored it (the demo data has one of its own).
  await expect(reader.getByRole('link', { name: 'Svar på undersøkelsen' })).toBeVisible({ timeout: 30_000 });
  await reader.goto(`/undersokelse/${surveyId}`);
  await expect(reader.getByRole('heading', { name: surveyTitle, level: 1 })).toBeVisible();

  // Offline: the answer waits on the device.
  await readerContext.setOffline(true);
  await reader.getByLabel('Et kort').check();
  await reader.getByRole('button', { name: 'Send svarene' }).click();
  await expect(reader.getByText('Du er uten nett. Svarene ligger trygt på denne enheten')).toBeVisible();
  expect(await countLocalRows(reader, 'outbox')).toBeGreaterThan(0);

  // Online again: the outbox empties and the survey says the answers arrived.
  await readerContext.setOffline(false);
  await expect(reader.getByText('Svarene dine er kommet fram.')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => countLocalRows(reader, 'outbox'), { timeout: 30_000 }).toBe(0);

  // The admin's dashboard shows the visit through the campaign and the answer.
  await admin.getByRole('link', { name: 'Statistikk', exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Statistikk', level: 1 })).toBeVisible();
  const campaignRow = admin.locator('sh-bar-chart tr', { hasText: campaignName });
  await expect(campaignRow.locator('.value')).toHaveText('1');
  const surveyRow = admin.locator('sh-bar-chart tr', { hasText: surveyTitle });
  await expect(surveyRow.locator('.value')).toHaveText('1');
  // Short-link opens and visits of the campaign: one each.
  const opens = admin
    .locator('table', { hasText: 'Åpninger av kortlenken' })
    .locator('tr', { hasText: code })
    .locator('td');
  await expect(opens).toHaveText([code, '1', '1']);

  await readerContext.close();
  await adminContext.close();
});
