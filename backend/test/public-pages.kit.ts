import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from './test-app';

/** What the server-rendered page specs share: a test app with a stand-in index.html, and readers of a page. */
export const PUBLIC_URL = 'https://sexhandel.example.no';

/** The shape of the built app's index.html that the page document relies on. */
const INDEX_HTML = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta
      name="description"
      content="App-beskrivelse"
    />
    <title>Sexhandel</title>
    <script type="module" crossorigin src="/assets/index-test.js"></script>
  </head>
  <body>
    <sh-app></sh-app>
    <noscript>Denne tjenesten trenger JavaScript.</noscript>
  </body>
</html>
`;

function frontendDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sexhandel-frontend-'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  return dir;
}

export const titleOf = (body: string) => /<title>([^<]*)<\/title>/.exec(body)?.[1];
export const metaOf = (body: string, attribute: string, name: string) =>
  new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(body)?.[1];
export const canonicalOf = (body: string) => /<link rel="canonical" href="([^"]*)"/.exec(body)?.[1];
export const isNoindex = (body: string) => body.includes('<meta name="robots" content="noindex"');
export const pageDataOf = (body: string) =>
  JSON.parse(/<script type="application\/json" id="sh-page-data">([^<]*)<\/script>/.exec(body)?.[1] ?? '{}') as {
    path: string;
    changes: { entity: string; op: string; id: string; data: Record<string, unknown> }[];
  };
/** The phone box's text, tags dropped and spaces made one. */
export const phoneBoxOf = (body: string) =>
  (/<div class="phone-status[^"]*">([\s\S]*?)<\/div>/.exec(body)?.[1] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A test app serving the server-rendered pages from the stand-in index.html. */
export function createPagesApp(env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp({ PUBLIC_URL, FRONTEND_DIR: frontendDir(), ...env });
}
