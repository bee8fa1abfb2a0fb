import { expect, test, type Page } from '@playwright/test';
import { STAFF_ALIAS } from './accessibility/route-samples.js';
import { loginAs, markSignedInDevice, STAFF_PASSWORD } from './helpers.js';

/** How many rows the items of a header menu wrap into (items whose middles are within half an item's height share a row). */
async function rowsOf(page: Page, selector: string): Promise<number> {
  const boxes = await page
    .locator(selector)
    .evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .map((box) => ({ middle: box.top + box.height / 2, height: box.height })),
    );
  const rows: number[] = [];
  for (const box of boxes) {
    if (!rows.some((middle) => Math.abs(middle - box.middle) < box.height / 2)) rows.push(box.middle);
  }
  return rows.length;
}

const ROUTES = ['/', '/artikler', '/nyheter', '/ressurser', '/regler', '/innstillinger'];

test.describe('smoke', () => {
  test('GET /api/health answers ok with the embedded database', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  test('every route loads directly, keeps the leave button, and talks only to its own origin', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL as string).origin;
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /content security policy/i.test(message.text())) {
        cspViolations.push(message.text());
      }
    });
    page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`));

    for (const route of ROUTES) {
      const response = await page.goto(route);
      expect(response?.status(), `status of ${route}`).toBeLessThan(400);
      await expect(page.getByRole('button', { name: /forlat siden raskt/i }), `leave button on ${route}`).toBeVisible();
    }

    expect(foreign, 'requests to other origins').toEqual([]);
    expect(cspViolations, 'CSP violations and uncaught errors').toEqual([]);
  });
  for (const language of ['nb', 'en'] as const) {
    test(`at 1280 px the header menus fit one row each, for a reader and for an admin (${language})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const check = async (who: string) => {
        await page.goto('/innstillinger');
        if (language === 'en') {
          await page.getByRole('radio', { name: 'English' }).check();
          await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        }
        await page.goto('/artikler');
        await expect(page.locator('sh-app #main-nav li').first()).toBeVisible();
        expect(await rowsOf(page, 'sh-app #main-nav li'), `main menu rows (${who})`).toBe(1);
        return page;
      };
      await check('reader');
      await loginAs(context.request, STAFF_ALIAS.admin, STAFF_PASSWORD);
      await markSignedInDevice(context);
      await check('admin');
      await expect(page.locator('sh-app nav.staff li a').first()).toBeVisible();
      expect(await rowsOf(page, 'sh-app nav.staff li'), 'staff menu rows (admin)').toBe(1);
      await context.close();
    });
  }
});
