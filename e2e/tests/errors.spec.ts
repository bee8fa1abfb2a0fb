import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { registerMemberViaApi } from './helpers.js';

// Errors in the person's language, at the fields, with a summary that links to them (issue 13):
// a wrong password, a sign-up with mistakes and an incomplete contact message, on phone and desktop.
// Screenshots go to E2E_SHOTS (when set) so a person can look at them.

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SHOTS) await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png` });
}

const summary = (page: Page) => page.locator('sh-error-summary [role="alert"]');

for (const size of WIDTHS) {
  test.describe(`errors at the fields (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a wrong password is said in Norwegian at the password field, with a focused summary', async ({
      page,
      request,
    }) => {
      const alias = `Feil${randomUUID().slice(0, 8)}`;
      await registerMemberViaApi(request, alias, 'the right password 2026', { acceptRules: false });
      await page.goto('/logg-inn');
      await page.getByLabel('Alias').fill(alias);
      await page.getByLabel('Passord').fill('not the right one at all');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await expect(summary(page)).toContainText('Feil alias eller passord.');
      await expect(summary(page)).toBeFocused();
      await expect(summary(page)).toBeInViewport();
      await expect(page.getByText('Wrong alias or password.')).toHaveCount(0);
      await expect(page.getByLabel('Passord')).toHaveAttribute('aria-invalid', 'true');
      await shot(page, `login-wrong-password-${size.name}`);
      await summary(page).getByRole('link').click();
      await expect(page.getByLabel('Passord')).toBeFocused();
    });

    test('sign-up states the alias rules first and lists every mistake, each linked to its field', async ({ page }) => {
      await page.goto('/registrer');
      await expect(page.getByText('Første og siste tegn må være en bokstav eller et tall.')).toBeVisible();
      await page.getByLabel('Alias').fill('-x');
      await page.getByLabel('E-postadresse').fill('ola');
      await page.getByLabel('Passord').fill('kort');
      await page.getByRole('button', { name: 'Opprett konto' }).click();
      await expect(summary(page).getByRole('link')).toHaveCount(3);
      await expect(summary(page)).toBeFocused();
      for (const label of ['Alias', 'E-postadresse', 'Passord']) {
        await expect(page.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
      }
      await shot(page, `register-errors-${size.name}`);
    });

    test('the contact form shows what is missing at each field', async ({ page }) => {
      await page.goto('/kontakt');
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(summary(page).getByRole('link')).toHaveCount(2);
      await expect(summary(page)).toBeFocused();
      await expect(summary(page)).toBeInViewport();
      await expect(page.getByLabel('Hva handler det om?')).toHaveAttribute('aria-invalid', 'true');
      await shot(page, `contact-errors-${size.name}`);
    });
  });
}
