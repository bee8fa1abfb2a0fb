import { expect, test, type Locator, type Page } from '@playwright/test';
import { markSignedInDevice, pushMutation, registerMemberViaApi, waitForServiceWorkerControl } from './helpers.js';

// After every Send the person sees what happened without hunting for it: the outcome is scrolled
// into view and focused, on a phone and on a desktop. And back online, the thread says so at once.

/** The id of the element that has focus, looking through shadow roots. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? '';
  });
}

/** Accepts the forum rules in the composer if the device does not know they are accepted yet. */
async function acceptRulesIfAsked(page: Page): Promise<void> {
  const accept = page.getByRole('button', { name: 'Jeg har lest reglene og godtar dem' });
  const send = page.getByRole('button', { name: 'Send', exact: true });
  await expect(accept.or(send).first()).toBeVisible();
  // The gate can go by itself while we look (the server's answer that the rules were accepted
  // arrives): then there is nothing to click, and Send must be enabled either way.
  if (await accept.isVisible())
    await accept.click({ timeout: 5_000 }).catch(() => accept.waitFor({ state: 'detached' }));
  await expect(send).toBeEnabled();
}

async function expectOutcome(page: Page, outcome: Locator, ids: RegExp): Promise<void> {
  await expect(outcome).toBeInViewport();
  await expect.poll(() => focusedId(page), { message: 'focus is on the outcome heading' }).toMatch(ids);
}

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`the outcome in view (${name})`, () => {
    // Members sign in through the API here: leave the marker the login page would.
    test.beforeEach(async ({ context }) => markSignedInDevice(context));

    test.use({ viewport });

    test('contact Send: the confirmation or code box is in the viewport and focused', async ({ page }) => {
      await page.goto('/kontakt');
      await page.getByLabel('Hva handler det om?').selectOption({ index: 1 });
      await page.getByRole('textbox', { name: 'Meldingen din' }).fill('Jeg lurer på noe jeg aldri har spurt om før.');
      const send = page.getByRole('button', { name: 'Send', exact: true });
      await send.scrollIntoViewIfNeeded();
      await send.click();
      await expect(page.getByRole('textbox', { name: 'Meldingen din' })).toHaveValue('');
      await expectOutcome(page, page.locator('sh-contact-page [data-outcome]'), /^(outcome|code)-heading$/);
      // Once the server has answered, the code box has the focus.
      await expect(page.locator('sh-contact-page .code-box')).toBeVisible();
      await expectOutcome(page, page.locator('sh-contact-page .code-box'), /^code-heading$/);
      await page.screenshot({ path: `test-results/outcome-contact-${name}.png` });
    });

    test('offline new-thread Send: the form empties and the confirmation is in view and focused', async ({
      page,
      context,
    }) => {
      const alias = `Utfall${name}${Date.now() % 1_000_000}`;
      await registerMemberViaApi(page.request, alias, 'et langt og godt passord', { acceptRules: true });
      await page.goto('/forum/ny');
      await acceptRulesIfAsked(page);
      await waitForServiceWorkerControl(page);
      await acceptRulesIfAsked(page);
      await context.setOffline(true);
      await page.getByLabel('Tittel').fill(`Uten nett ${alias}`);
      await page.getByLabel('Første innlegg').fill('Skrevet på toget uten dekning.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByLabel('Tittel')).toHaveValue('');
      await expect(page.getByLabel('Første innlegg')).toHaveValue('');
      const outcome = page.locator('sh-post-composer [data-outcome]');
      await expect(outcome).toContainText('Tråden står i kø og sendes så snart du er på nett');
      await expectOutcome(page, outcome, /^sent-heading$/);
      await page.screenshot({ path: `test-results/outcome-new-thread-offline-${name}.png` });
      await context.setOffline(false);
    });

    test('reconnect: the offline notice goes and one’s reply shows in the thread within 5 s', async ({
      page,
      context,
    }) => {
      const alias = `Tilbake${name}${Date.now() % 1_000_000}`;
      const csrf = await registerMemberViaApi(page.request, alias, 'et langt og godt passord', { acceptRules: true });
      const { threadId } = await pushMutation(page.request, csrf, 'thread.create', {
        title: `Tråd for gjenoppkobling ${alias}`,
        body: 'Første innlegg i tråden.',
      });
      await page.goto(`/forum/traad/${threadId}`);
      await expect(page.locator('sh-thread-page article')).toHaveCount(1);
      await waitForServiceWorkerControl(page);
      await acceptRulesIfAsked(page);

      await context.setOffline(true);
      await page.reload();
      const offlineNotice = page.locator('sh-thread-page').getByText('Du er uten nett');
      await expect(offlineNotice).toBeVisible();
      const reply = `Svar skrevet uten nett ${crypto.randomUUID().slice(0, 8)}`;
      await page.locator('sh-thread-page sh-post-composer textarea#body').fill(reply);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const pending = page.locator('sh-thread-page article.pending');
      await expect(pending).toContainText('Venter på nett');
      await expectOutcome(page, page.locator('sh-thread-page sh-post-composer [data-outcome]'), /^sent-heading$/);
      await page.screenshot({ path: `test-results/outcome-reconnect-offline-${name}.png`, fullPage: true });

      const pushes: number[] = [];
      const started = Date.now();
      page.on('request', (request) => {
        if (request.url().includes('/api/sync/push')) pushes.push(Date.now() - started);
      });
      await context.setOffline(false);
      await expect(offlineNotice).toBeHidden({ timeout: 5_000 });
      await expect(page.locator('sh-thread-page article:not(.pending)')).toHaveCount(2, { timeout: 5_000 });
      await expect(page.locator('sh-thread-page article:not(.pending)').nth(1)).toContainText(reply);
      await expect(pending).toHaveCount(0);
      // Coming online pushed at once, not on the outbox's retry timer.
      expect(pushes[0], 'a push right after reconnecting').toBeLessThan(2_000);
      await page.screenshot({ path: `test-results/outcome-reconnect-online-${name}.png`, fullPage: true });
    });
  });
}
