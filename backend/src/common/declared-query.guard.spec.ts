import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import { routeTable } from '../../test/route-table';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DeclaredQueryGuard } from './declared-query.guard';

/** Any path parameter: a well-formed UUID, which is also a well-formed slug, alias or code. */
const concreteUrl = (path: string): string => path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-00000000dead');

describe(DeclaredQueryGuard.name, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => {
    await sut?.close();
  });

  describe('canActivate', () => {
    it('answers 400 naming the parameter for an unknown query parameter on every GET route of the API', async () => {
      const routes = routeTable(sut).filter((route) => route.method === 'GET' && route.path.startsWith('/api/'));
      expect(routes.length).toBeGreaterThan(40);
      const admin = await createSignedIn(sut, { roles: ['admin'] });
      const wrong: string[] = [];
      let anonymous = 0;
      for (const route of routes) {
        const url = `${concreteUrl(route.path)}?utm_source=nyhetsbrev`;
        // As an admin every route is open: the parameter is refused before the handler runs.
        const response = await sut.app.inject({ method: 'GET', url, headers: admin.headers });
        const message = JSON.stringify(response.json<{ message?: unknown }>().message);
        if (response.statusCode !== 400 || !message.includes('utm_source'))
          wrong.push(`${route.path}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        // Anonymous: 400 too, but where the session guard refuses first (401), which also reveals nothing.
        const stranger = await sut.app.inject({ method: 'GET', url });
        if (stranger.statusCode === 400) anonymous++;
        else if (stranger.statusCode !== 401) wrong.push(`${route.path} anonymous: ${stranger.statusCode}`);
      }
      expect(wrong).toEqual([]);
      expect(anonymous).toBeGreaterThan(15);
    });

    it('lets declared parameters and requests without a query through', async () => {
      expect((await sut.app.inject({ method: 'GET', url: '/api/articles?limit=5' })).statusCode).toBe(200);
      expect((await sut.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&limit=5' })).statusCode).toBe(200);
      expect((await sut.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const refused = await sut.app.inject({ method: 'GET', url: '/api/articles?limit=5&tagg=lov' });
      expect(refused.statusCode).toBe(400);
      expect(JSON.stringify(refused.json())).toContain('tagg');
    });

    it('refuses an unknown parameter on a write route too, before its body is applied', async () => {
      const member = await createSignedIn(sut);
      const response = await sut.app.inject({
        method: 'POST',
        url: '/api/sync/push?debug=1',
        headers: member.headers,
        payload: { mutations: [] },
      });
      expect(response.statusCode).toBe(400);
      const accepted = await sut.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: member.headers,
        payload: { mutations: [] },
      });
      expect(accepted.statusCode).toBe(200);
    });

    it('leaves routes outside the API (feeds, short links) to ignore unknown parameters', async () => {
      const outside = routeTable(sut).filter((route) => route.method === 'GET' && !route.path.startsWith('/api/'));
      expect(outside.length).toBeGreaterThan(0);
      for (const route of outside) {
        const response = await sut.app.inject({ method: 'GET', url: `${concreteUrl(route.path)}?utm_source=x` });
        expect(response.statusCode, route.path).not.toBe(400);
      }
    });
  });
});
