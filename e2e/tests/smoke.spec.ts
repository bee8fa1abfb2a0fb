import { expect, test } from '@playwright/test';

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
});
