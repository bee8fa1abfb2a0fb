import { expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './helpers.js';

// Made by start-server.mjs with the operator CLI (E2E_SEED_STAFF in playwright.config.ts).
const EDITOR = { alias: 'e2e-redaktor', password: process.env.E2E_STAFF_PASSWORD ?? 'e2e staff password 2026' };

test('an editor writes and publishes an article; a reader gets it by sync, reads it offline and opens its discussion', async ({
  page,
  browser,
}) => {
  const marker = crypto.randomUUID().slice(0, 8);
  const title = `Hva menneskehandel betyr i praksis ${marker}`;
  const body = `Dette er en **prøveartikkel** om menneskehandel.\n\nAndre avsnitt ${marker}.`;

  // The editor signs in through the login page and writes the article in the editor screens.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto('/logg-inn');
  await editor.getByLabel('Alias').fill(EDITOR.alias);
  await editor.getByLabel('Passord').fill(EDITOR.password);
  await editor.getByRole('button', { name: 'Logg inn' }).click();
  await expect(editor.locator('sh-app a.account')).toHaveText(EDITOR.alias);
  await editor.goto('/admin/innhold');
  await expect(editor.getByRole('heading', { name: 'Redaksjon', level: 1 })).toBeVisible();
  await expect(editor.getByRole('tab', { name: 'Artikler' })).toHaveAttribute('aria-selected', 'true');
  await editor.getByRole('button', { name: 'Ny', exact: true }).click();
  await editor.getByLabel('Tittel').fill(title);
  await expect(editor.getByLabel('Adresse (slug)')).toHaveValue(`hva-menneskehandel-betyr-i-praksis-${marker}`);
  await editor.getByLabel('Ingress').fill('En kort ingress til prøveartikkelen.');
  await editor.getByLabel('Forfatter', { exact: true }).fill('Kari Forsker');
  await editor.getByLabel('Forfatterens rolle').selectOption('researcher');
  await editor.getByLabel('Tema (skilt med komma)').fill('menneskehandel, lov');
  await editor.getByLabel('Tekst (Markdown)').fill(`${body}\n\n<script>alert(1)</script>`);
  // The live preview comes back from the server, sanitised.
  const preview = editor.locator('sh-content-editor .preview-body');
  await expect(preview.locator('strong')).toHaveText('prøveartikkel');
  await expect(preview.locator('script')).toHaveCount(0);
  await editor.getByRole('button', { name: 'Lagre som utkast' }).click();
  await expect(editor.getByText('Status: utkast')).toBeVisible();
  await editor.getByRole('button', { name: 'Publiser', exact: true }).click();
  await expect(editor.getByText('Status: publisert')).toBeVisible();
  await editorContext.close();

  // A reader's app pulls it.
  await page.goto('/artikler');
  await waitForServiceWorkerControl(page);
  const link = page.getByRole('link', { name: title });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await link.click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText('Kari Forsker')).toBeVisible();

  // Offline: a reload still opens the app and the article from the device.
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText(`Andre avsnitt ${marker}.`)).toBeVisible();
  await page.goto('/sok');
  await expect(page.getByText('innlegg i forumet er ikke med')).toBeVisible();
  await page.getByLabel('Søk etter artikler, informasjon, ressurser og nyheter').fill(`menneskehandelen ${marker}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // Online again: "Diskuter" opens the thread publishing created.
  await page.context().setOffline(false);
  const discuss = page.getByRole('link', { name: /^Diskuter \(\d+ innlegg\)$/ });
  await expect(discuss).toBeVisible();
  await discuss.click();
  await expect(page).toHaveURL(/\/forum\/traad\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});
