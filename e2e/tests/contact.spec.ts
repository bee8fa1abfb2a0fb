import { expect, test } from '@playwright/test';
import { markSignedInDevice, waitForServiceWorkerControl } from './helpers.js';

// Made by start-server.mjs with the operator CLI (E2E_SEED_STAFF in playwright.config.ts).
const COUNSELLOR = { alias: 'e2e-raadgiver', password: process.env.E2E_STAFF_PASSWORD ?? 'e2e staff password 2026' };

test('a reader writes offline, gets the pick-up code at Send, keeps it, a counsellor answers, the reader reads it in Mine samtaler', async ({
  page,
  context,
  browser,
}) => {
  const question = `Jeg har kjøpt sex og lurer på hva loven sier. ${crypto.randomUUID()}`;
  const answer = `Takk for at du skrev. Her er et svar fra en rådgiver. ${crypto.randomUUID()}`;
  const pushes: string[] = [];
  // Pushes the server actually answered (an offline attempt fails without a response).
  context.on('response', (response) => {
    if (response.url().includes('/api/sync/push')) pushes.push(response.request().postData() ?? '');
  });

  await page.goto('/kontakt');
  await waitForServiceWorkerControl(page);
  await expect(page.getByRole('heading', { name: 'Dette skjer med det du skriver' })).toBeVisible();
  await expect(page.locator('sh-contact-page sh-phone-status a[href^="tel:"]')).toBeVisible();

  // Write and send while offline: it waits in the outbox.
  await context.setOffline(true);
  await page.getByLabel('Hva handler det om?').selectOption('law');
  await page.getByRole('textbox', { name: 'Meldingen din' }).fill(question);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  // The device made the code: it is shown at once, offline.
  const code = page.locator('sh-contact-page sh-pickup-code .group');
  await expect(code).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Skriv ned koden' })).toBeVisible();
  await expect(page.getByText('Meldingen sendes når du er på nett igjen.')).toBeVisible();
  const groups = await code.allTextContents();
  expect(groups.join('')).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
  expect(
    pushes.some((body) => body.includes('contact.create')),
    'nothing reached the server offline',
  ).toBe(false);
  // Kept on this device only because the reader chooses so.
  await page.getByRole('button', { name: 'Behold koden på denne enheten' }).click();
  await expect(page.getByText('Samtalen er lagret på denne enheten.')).toBeVisible();

  // Online again: the outbox sends it with the device-made code.
  await context.setOffline(false);
  await expect.poll(() => pushes.some((body) => body.includes(groups.join(''))), { timeout: 30_000 }).toBe(true);

  // A counsellor answers in the inbox (own browser context, logged in through the API).
  const staff = await browser.newContext();
  const login = await staff.request.post('/api/auth/login', { data: COUNSELLOR });
  expect(login.ok(), `counsellor login answered ${login.status()}`).toBe(true);
  await markSignedInDevice(staff);
  const inboxPage = await staff.newPage();
  await inboxPage.goto('/admin/kontakt');
  await expect(inboxPage.getByRole('heading', { name: 'Innboks for rådgivere' })).toBeVisible();
  await inboxPage.getByRole('link', { name: 'Loven og straff' }).first().click();
  await expect(inboxPage.getByText(question)).toBeVisible();
  await expect(inboxPage.getByText('Svaret venter her til personen henter det med hentekoden sin.')).toBeVisible();
  await inboxPage.getByLabel('Ditt svar').fill(answer);
  await inboxPage.getByRole('button', { name: 'Send svar' }).click();
  await expect(inboxPage.getByText('Svaret er lagret.')).toBeVisible();
  await staff.close();

  // The reader opens Mine samtaler and reads the answer, fetched with the code kept on the device.
  await page.goto('/kontakt/samtaler');
  await expect(page.getByText(answer)).toBeVisible();
  await expect(page.getByText(question)).toBeVisible();
  await page.getByText('Vis koden').click();
  await expect(page.locator('sh-conversations-page sh-pickup-code .group')).toHaveText(groups);
});
