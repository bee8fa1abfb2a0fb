import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForServiceWorkerControl } from './helpers.js';

// Issue 13, "Shared-device safety": what a person on a shared computer leaves behind, at phone and
// desktop widths. Screenshots of the changed screens go to $TMPDIR/shared-device-shots.
const SHOTS = join(tmpdir(), 'shared-device-shots');
mkdirSync(SHOTS, { recursive: true });
const PASSWORD = 'et langt og godt passord';

/** Store names of the app's database with their row counts; {} when the database does not exist. */
async function localRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('sexhandel')) return {};
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sexhandel');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const counts: Record<string, number> = {};
    for (const store of [...db.objectStoreNames]) {
      counts[store] = await new Promise<number>((resolve) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return counts;
  });
}

async function register(page: Page): Promise<string> {
  const alias = `Delt${Date.now() % 1_000_000}${Math.floor(Math.random() * 100)}`;
  await page.goto('/registrer');
  await page.getByLabel('Alias').fill(alias);
  await page.getByLabel('E-postadresse').fill(`${alias.toLowerCase()}@example.org`);
  await page.getByLabel('Passord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Opprett konto' }).click();
  await expect(page.locator('sh-app a.account')).toHaveText(alias);
  return alias;
}

/** The control is fully visible and the "leave quickly" bar does not overlap it. */
async function expectNotCovered(page: Page, control: Locator): Promise<void> {
  const box = await control.boundingBox();
  const bar = await page.locator('sh-app sh-quick-exit').boundingBox();
  expect(box, 'control on screen').not.toBeNull();
  expect(bar, 'exit bar on screen').not.toBeNull();
  if (!box || !bar) return;
  const overlaps = box.y + box.height > bar.y && box.y < bar.y + bar.height;
  expect(overlaps, `control (${box.y}–${box.y + box.height}) under the exit bar (from ${bar.y})`).toBe(false);
}

for (const [width, height] of [
  [390, 844],
  [1280, 900],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('clearing the device ends the session and leaves nothing in IndexedDB', async ({ page }) => {
      const alias = await register(page);
      await waitForServiceWorkerControl(page);
      await page.goto('/innstillinger');
      await expect(page.locator('sh-app a.account')).toHaveText(alias);
      await page.screenshot({ path: join(SHOTS, `settings-${width}.png`) });

      await page.getByRole('button', { name: 'Tøm denne enheten' }).click();
      await expect(page.getByText('Ingenting venter på å bli sendt.')).toBeVisible();
      await expect(page.getByText('du blir logget ut', { exact: false })).toBeVisible();
      await expectNotCovered(page, page.getByRole('button', { name: 'Avbryt' }));
      await expectNotCovered(page, page.getByRole('button', { name: 'Ja, slett alt' }));
      await page.screenshot({ path: join(SHOTS, `clear-confirm-${width}.png`) });

      const logout = page.waitForResponse((response) => response.url().includes('/api/auth/logout?clear=device'));
      await page.getByRole('button', { name: 'Ja, slett alt' }).click();
      expect((await logout).status()).toBe(204);
      await expect(page.getByText('Enheten er tømt.')).toBeVisible();
      await expect(page.getByText('Du er logget ut')).toBeVisible();
      await expect(page.locator('sh-app a.account')).toHaveText('Logg inn');

      expect((await page.request.get('/api/auth/me')).status()).toBe(401);
      expect(await localRows(page), 'no app database left').toEqual({});
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
      // The browser consumes Clear-Site-Data; the answer as the server sends it carries it.
      const direct = await page.request.post('/api/auth/logout?clear=device');
      expect(direct.headers()['clear-site-data']).toBe('"cookies", "storage", "cache"');
    });

    test('a session left by a device cleared offline is ended at the next start', async ({ page, context }) => {
      await register(page);
      await page.goto('/innstillinger');
      // The page is shown before the connection goes (its chunk loads after the load event).
      const clear = page.getByRole('button', { name: 'Tøm denne enheten' });
      await expect(clear).toBeVisible();
      await context.setOffline(true);
      await clear.click();
      await page.getByRole('button', { name: 'Ja, slett alt' }).click();
      await expect(page.getByText('innloggingen avsluttes neste gang tjenesten åpnes med nett')).toBeVisible();
      await context.setOffline(false);
      // The HttpOnly cookie survived the offline wipe; the device has no marker any more.
      expect((await page.request.get('/api/auth/me')).status()).toBe(200);
      await page.goto('/');
      await expect(page.locator('sh-app a.account')).toHaveText('Logg inn');
      await expect.poll(async () => (await page.request.get('/api/auth/me')).status()).toBe(401);
    });

    test('logout with a draft and an unsent post offers send first or discard, then leaves nothing', async ({
      page,
    }) => {
      await register(page);
      await page.goto('/forum/ny');
      await page.getByRole('button', { name: 'Jeg har lest reglene og godtar dem' }).click();
      // Sending fails (the server cannot be reached for pushes): the post waits in the outbox.
      await page.route('**/api/sync/push', (route) => route.abort('internetdisconnected'));
      await page.getByLabel('Tittel').fill('Et innlegg som venter');
      await page.getByRole('textbox', { name: 'Første innlegg' }).fill('Dette innlegget kommer ikke fram ennå.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByText('Tråden står i kø og sendes så snart du er på nett.')).toBeVisible();
      // And a draft of a second thread.
      await page.getByLabel('Tittel').fill('Et privat utkast');
      await page.getByRole('textbox', { name: 'Første innlegg' }).fill('Bare et utkast på denne enheten.');
      // The new draft's save state (the outcome above says what became of the sent one).
      await expect(page.getByText('Lagret på denne enheten', { exact: true })).toBeVisible();
      await page.goto('/forum/utkast');
      await expect(page.getByRole('heading', { name: 'Et privat utkast' })).toBeVisible();

      await page.goto('/konto');
      await page.getByRole('button', { name: 'Logg ut' }).click();
      const choice = page.locator('#logout-choice');
      await expect(choice).toContainText('1 melding eller innlegg er ikke sendt ennå');
      await expect(choice).toContainText('Utkastet ditt slettes fra denne enheten');
      await page.screenshot({ path: join(SHOTS, `logout-choice-${width}.png`) });
      await page.getByRole('button', { name: 'Send først, logg så ut' }).click();
      await expect(choice.getByRole('alert')).toContainText('Ikke alt ble sendt');
      expect((await page.request.get('/api/auth/me')).status(), 'still signed in after a failed send').toBe(200);

      await page.getByRole('button', { name: 'Forkast og logg ut' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator('sh-app a.account')).toHaveText('Logg inn');
      expect((await page.request.get('/api/auth/me')).status()).toBe(401);
      const rows = await localRows(page);
      expect(rows.drafts, 'no drafts left').toBe(0);
      expect(rows.outbox ?? 0, 'nothing left to send').toBeLessThanOrEqual(
        // A visit count (no content) may wait to be sent.
        1,
      );
      await page.goto('/forum/utkast');
      await expect(page.getByText('Du har ingen utkast på denne enheten.')).toBeVisible();
    });

    test('in discreet mode the browser Back leaves the site after leaving quickly', async ({ page, context }) => {
      await context.route('https://www.yr.no/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Yr</title><p>Været</p>' }),
      );
      await page.goto('about:blank');
      await page.goto('/innstillinger');
      await page.getByLabel('Slå på diskret modus').check();
      await page.screenshot({ path: join(SHOTS, `settings-discreet-${width}.png`) });
      // From here on, only the app's own links: one history entry for the whole visit.
      await page.locator('sh-app a.brand').click();
      await expect(page).toHaveURL(/\/$/);
      // The survey invitation's "Nei takk" scrolled to the bottom edge stays clear of the exit bar.
      const noThanks = page.getByRole('button', { name: 'Nei takk, ikke spør igjen' });
      if ((await noThanks.count()) > 0) {
        await noThanks.evaluate((button) => button.scrollIntoView({ block: 'end' }));
        await expectNotCovered(page, noThanks);
      }
      await page.locator('sh-app').getByRole('link', { name: 'Søk', exact: true }).click();
      await expect(page).toHaveURL(/\/sok/);
      await page.locator('sh-search-page input#q').fill('lov');
      await page.locator('sh-search-page input#q').press('Enter');
      await page.getByRole('link', { name: 'Slik skjuler du besøket' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Slik skjuler du besøket' })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `hide-visit-${width}.png`), fullPage: true });
      // In-app Back still works, without a history entry.
      await page.getByRole('button', { name: '← Tilbake' }).click();
      await expect(page).toHaveURL(/\/sok/);

      await page.getByRole('button', { name: 'Forlat siden raskt' }).click();
      await expect(page).toHaveURL('https://www.yr.no/');
      await page.goBack();
      expect(page.url(), 'Back leaves the site, not back into it').toBe('about:blank');
    });

    test('a device-made code is shown at Send offline, works once sent, and is not kept unless chosen', async ({
      page,
      context,
    }) => {
      await page.goto('/kontakt');
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      await page.getByLabel('Hva handler det om?').selectOption('worries');
      await page.getByRole('textbox', { name: 'Meldingen din' }).fill('Jeg vil snakke med noen om det jeg har gjort.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const heading = page.getByRole('heading', { name: 'Skriv ned koden' });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      const groups = page.locator('sh-contact-page sh-pickup-code .group');
      await expect(groups).toHaveCount(4);
      const code = (await groups.allTextContents()).map((group) => group.trim()).join('');
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      await expectNotCovered(page, page.getByRole('button', { name: 'Jeg har skrevet ned koden' }));
      await page.screenshot({ path: join(SHOTS, `contact-after-send-${width}.png`) });

      await page.getByRole('button', { name: 'Jeg har skrevet ned koden' }).click();
      await expect(page.getByText('Koden er ikke lagret på denne enheten.')).toBeVisible();
      await context.setOffline(false);
      // Sent with the device's code; afterwards the device holds neither the message nor the code.
      await expect.poll(async () => (await localRows(page)).outbox ?? 0, { timeout: 30_000 }).toBe(0);
      expect((await localRows(page)).contactConversations).toBe(0);
      const read = await page.request.post('/api/contact/conversation', { data: { code } });
      expect(read.status()).toBe(200);
      await page.goto('/kontakt/samtaler');
      await expect(page.getByText('Ingen samtaler er lagret på denne enheten.')).toBeVisible();
    });
  });
}
