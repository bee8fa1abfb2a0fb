import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './helpers';

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

interface WebAppManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  icons?: ManifestIcon[];
}

test.describe('installability', () => {
  test('the page links a valid web app manifest whose icons load', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href, 'a <link rel="manifest"> in the page').toBeTruthy();
    const manifestUrl = new URL(href as string, page.url());
    expect(manifestUrl.origin).toBe(new URL(page.url()).origin);

    const response = await request.get(manifestUrl.href);
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as WebAppManifest;

    expect(manifest.name?.trim()).toBeTruthy();
    expect(manifest.short_name?.trim()).toBeTruthy();
    expect(manifest.start_url).toBeTruthy();
    expect(new URL(manifest.start_url as string, manifestUrl).origin).toBe(manifestUrl.origin);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{3,8}$/i);

    const icons = manifest.icons ?? [];
    const hasSize = (size: string) => icons.some((icon) => (icon.sizes ?? '').split(/\s+/).includes(size));
    expect(hasSize('192x192'), 'a 192x192 icon').toBe(true);
    expect(hasSize('512x512'), 'a 512x512 icon').toBe(true);
    expect(
      icons.some((icon) => (icon.purpose ?? '').split(/\s+/).includes('maskable')),
      'a maskable icon',
    ).toBe(true);

    for (const icon of icons) {
      const iconResponse = await request.get(new URL(icon.src, manifestUrl).href);
      expect(iconResponse.ok(), `icon ${icon.src} loads`).toBe(true);
      expect(iconResponse.headers()['content-type'], `icon ${icon.src} is a PNG`).toMatch(/^image\/png/);
      const body = await iconResponse.body();
      expect(body.subarray(1, 4).toString('latin1'), `icon ${icon.src} has a PNG signature`).toBe('PNG');
    }
  });

  test('a service worker controls the page and Chromium reports no installability errors', async ({ baseURL }) => {
    // Playwright's usual contexts are off-the-record profiles, for which Chromium answers only "in-incognito";
    // a persistent profile gets the real installability verdict.
    const profile = mkdtempSync(join(tmpdir(), 'sexhandel-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...test.info().project.use.launchOptions,
      headless: true,
      baseURL,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await waitForServiceWorkerControl(page);
      const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
      expect(scriptUrl).not.toBeNull();
      expect(new URL(scriptUrl as string).origin).toBe(new URL(page.url()).origin);

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, JSON.stringify(installabilityErrors)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
