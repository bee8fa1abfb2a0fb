import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app';
import { createApp } from './app.factory';

describe(createApp.name, () => {
  let sut: TestApp;
  let frontendDir: string;
  beforeAll(async () => {
    frontendDir = mkdtempSync(join(tmpdir(), 'sexhandel-frontend-'));
    mkdirSync(join(frontendDir, 'assets'));
    writeFileSync(
      join(frontendDir, 'index.html'),
      '<!doctype html><html lang="nb"><head><title>Sexhandel</title></head><body><sh-app></sh-app></body></html>',
    );
    writeFileSync(join(frontendDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(frontendDir, 'assets', 'index-abc123.js'), 'console.log("app");'.repeat(200));
    sut = await createTestApp({ FRONTEND_DIR: frontendDir });
  });
  afterAll(async () => {
    await sut.close();
    rmSync(frontendDir, { recursive: true, force: true });
  });

  describe('serving the PWA', () => {
    it('answers every page path from index.html, revalidated each time: public pages, app routes, 404s', async () => {
      for (const [url, status, title] of [
        ['/', 200, 'Forside – Sexhandel'],
        ['/innstillinger', 200, 'Sexhandel'],
        ['/artikler/noe', 404, 'Fant ikke siden – Sexhandel'],
        ['/forum/traad/123', 404, 'Fant ikke siden – Sexhandel'],
      ] as const) {
        const response = await sut.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(status);
        expect(response.body).toContain(`<title>${title}</title>`);
        expect(response.headers['cache-control']).toBe('no-cache');
      }
    });

    it('caches hashed assets for a year and compresses them', async () => {
      const response = await sut.app.inject({
        method: 'GET',
        url: '/assets/index-abc123.js',
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('immutable');
      expect(response.headers['content-encoding']).toBe('gzip');
    });

    it('revalidates the service worker so updates are found', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/sw.js' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    it('answers a missing file with 404, never with the app HTML', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/assets/index-old999.js' });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('<title>');
    });

    it('answers an unknown API route with a JSON 404', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/api/does-not-exist' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404 });
    });

    it('sends the strict CSP and no-referrer on the app too', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/' });
      expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
    });
  });
});
