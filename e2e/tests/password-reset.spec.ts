import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { csrfOf, registerMemberViaApi } from './helpers.js';

// A member who forgot their password: asks for a link on the login page, opens the mailed link
// (read from the sealed outbox with the operator CLI, as a small installation without SMTP does),
// sets a new password and signs in with it; the session they had elsewhere has ended.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT ?? '3210';
const dataDir = process.env.E2E_DATA_DIR ?? join(tmpdir(), `sexhandel-e2e-${port}`);

function cli(args: string[]): string {
  const run = spawnSync(process.execPath, [join(root, 'backend/dist/cli/cli.js'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
    timeout: 60_000,
  });
  expect(run.status, run.stderr?.toString()).toBe(0);
  return run.stdout.toString('utf8');
}

/** The reset link mailed to `address`, from the outbox; null until it is there. */
function mailedLinkFor(address: string): string | null {
  const names = cli(['mail-list'])
    .split('\n')
    .filter((line) => line.includes('.eml.sealed '))
    .map((line) => line.split(' ')[0] ?? '');
  for (const name of names.reverse()) {
    const message = cli(['mail-show', name])
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    if (!new RegExp(`^To: ${address.replace(/[.]/g, '\\.')}$`, 'im').test(message)) continue;
    return /(http:\/\/\S+\/nytt-passord#[A-Za-z0-9_-]{43})/.exec(message)?.[1] ?? null;
  }
  return null;
}

test('forgot the password: a mailed link sets a new one and signs the person out everywhere', async ({ browser }) => {
  const marker = `${Date.now() % 1_000_000}`;
  const alias = `Glemsk${marker}`;
  const email = `glemsk${marker}@example.org`;
  const oldPassword = 'det gamle passordet mitt';
  const newPassword = 'et helt nytt passord nå';

  const elsewhere = await browser.newContext();
  await registerMemberViaApi(elsewhere.request, alias, oldPassword, { acceptRules: false });
  expect((await elsewhere.request.get('/api/auth/me')).status()).toBe(200);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/logg-inn');
  await page.getByRole('link', { name: 'Glemt passordet?' }).click();
  await expect(page).toHaveURL(/\/glemt-passord$/);
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hvis adressen hører til en konto' })).toBeVisible();

  let link: string | null = null;
  await expect
    .poll(() => (link = mailedLinkFor(email)), { message: 'the reset mail in the outbox', timeout: 20_000 })
    .not.toBeNull();

  await page.goto(link ?? '');
  // The token leaves the address bar at once.
  await expect(page).toHaveURL(/\/nytt-passord$/);
  await page.getByLabel('Nytt passord', { exact: true }).fill(newPassword);
  await page.getByLabel('Gjenta det nye passordet').fill(newPassword);
  await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
  await expect(page).toHaveURL(/\/logg-inn\?melding=passord-nullstilt$/);
  await expect(page.getByText('Passordet er byttet, og du er logget ut overalt.')).toBeVisible();

  await page.getByLabel('Alias').fill(alias);
  await page.getByLabel('Passord', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.locator('sh-app a.account')).toHaveText(alias);

  // The session made with the old password has ended, and the link cannot be used twice.
  expect((await elsewhere.request.get('/api/auth/me')).status()).toBe(401);
  const again = await context.request.post('/api/auth/password-reset', {
    headers: { 'x-csrf-token': await csrfOf(context.request) },
    data: { token: (link ?? '').split('#')[1], password: 'ett passord til her' },
  });
  expect(again.status()).toBe(400);
  await elsewhere.close();
  await context.close();
});
