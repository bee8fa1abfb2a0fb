import { expect, test, type Page } from '@playwright/test';

// The take-over must change nothing a reader can see: the app, rendered hidden from the server
// page's own rows, replaces it showing the same words in the same place. A layout-shift observer
// cannot see this (a swapped node is not a shift), so the page is read at the moment of the swap.
// A signed-out visitor on an empty device; time in Oslo, as the server formats it.

interface Snapshot {
  text: string;
  /** The h1's box and the page's content box: x, y, width. */
  heading: number[];
  page: number[];
}

/** Runs in the page before any of its scripts: records the server page and the app at the swap. */
function recordTakeOver(): void {
  const record = window as unknown as { takeOver: { server?: Snapshot; app?: Snapshot } };
  record.takeOver = {};
  // Visible text in reading order, through shadow roots and slots; form fields as a marker.
  const textOf = (root: Node): string => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent ?? '');
        return;
      }
      if (!(node instanceof Element)) return;
      if (['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      if (node instanceof HTMLSlotElement) {
        node.assignedNodes({ flatten: true }).forEach(walk);
        return;
      }
      if (['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName)) parts.push(` [${node.tagName.toLowerCase()}] `);
      (node.shadowRoot ?? node).childNodes.forEach(walk);
    };
    walk(root);
    return parts.join('').replace(/\s+/g, ' ').trim();
  };
  const box = (element: Element | null | undefined): number[] => {
    const rect = element?.getBoundingClientRect();
    return rect ? [rect.x, rect.y + scrollY, rect.width].map(Math.round) : [];
  };
  const observer = new MutationObserver(() => {
    const server = document.querySelector('#sh-ssr .ssr-page');
    if (server) {
      // Taken again at every change while the server page is there: the last one is what was seen.
      record.takeOver.server = { text: textOf(server), heading: box(server.querySelector('h1')), page: box(server) };
      return;
    }
    if (!record.takeOver.server) return;
    const main = document.querySelector('sh-app')?.shadowRoot?.querySelector('main');
    const shown = main?.firstElementChild;
    record.takeOver.app = {
      text: main ? textOf(main) : '',
      heading: box(shown?.shadowRoot?.querySelector('h1')),
      page: box(shown),
    };
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/** `text` from a little before where it first differs from `other` (whitespace aside). */
function excerpt(text: string, other: string): string {
  const [a, b] = [withoutSpace(text), withoutSpace(other)];
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  // The position in `text` of its `same`-th non-space character.
  let at = 0;
  for (let seen = 0; at < text.length && seen < same; at++) if (!/\s/.test(text[at])) seen++;
  return text.slice(Math.max(0, at - 60), at + 160);
}

async function takeOver(page: Page, path: string): Promise<{ server?: Snapshot; app?: Snapshot }> {
  await page.goto(path);
  await expect(page.locator('#sh-ssr'), `${path}: the server page is replaced`).toHaveCount(0, { timeout: 15_000 });
  return page.evaluate(() => (window as unknown as { takeOver: { server?: Snapshot; app?: Snapshot } }).takeOver);
}

/** Every public section, every information page and article, the topic filter and a thread. */
async function publicPaths(page: Page): Promise<string[]> {
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]);
  const threads = (await (await page.request.get('/api/threads?limit=1')).json()) as { items: { id: string }[] };
  const tag = /href="\/artikler\?tema=([^"]+)"/.exec(await (await page.request.get('/artikler')).text())?.[1];
  return [
    ...paths,
    '/forum',
    '/moderering-logg',
    ...(tag ? [`/artikler?tema=${tag}`] : []),
    ...threads.items.map((thread) => `/forum/traad/${thread.id}`),
  ];
}

/** The first path of each kind: `/artikler/a` and `/artikler/b` are one kind, `/artikler` another. */
function onePerKind(paths: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const [section, rest] = path.replace(/\?.*$/, '').split('/').filter(Boolean);
    const kind = `${section ?? ''}${rest === undefined ? '' : '/*'}${path.includes('?') ? '?' : ''}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

test.describe('the take-over changes nothing on screen', () => {
  test.use({ serviceWorkers: 'block', timezoneId: 'Europe/Oslo' });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`every public page at ${viewport.width} px: the same text, the heading and the page in the same place`, async ({
      browser,
    }) => {
      test.setTimeout(300_000);
      const probe = await browser.newPage();
      const allPaths = await publicPaths(probe);
      await probe.close();
      expect(allPaths.length).toBeGreaterThan(15);
      // Text and order do not depend on the width; position depends on the kind of page. So every
      // page at phone width, and at desktop width one page of each kind (every section, one article…).
      const paths = viewport.width < 600 ? allPaths : onePerKind(allPaths);
      const differences: string[] = [];
      for (const path of paths) {
        // A new device for each page: nothing from an earlier page (or its first pull) is on it.
        const context = await browser.newContext({ viewport, serviceWorkers: 'block', timezoneId: 'Europe/Oslo' });
        const page = await context.newPage();
        await page.addInitScript(recordTakeOver);
        const { server, app } = await takeOver(page, path);
        await context.close();
        if (!server || !app) {
          differences.push(`${path}: nothing recorded (server ${!!server}, app ${!!app})`);
          continue;
        }
        // Whitespace between elements is the markup's, not the reader's: compared without it.
        if (withoutSpace(server.text) !== withoutSpace(app.text)) {
          differences.push(
            `${path}: the text differs\n  server: …${excerpt(server.text, app.text)}\n  app:    …${excerpt(app.text, server.text)}`,
          );
        }
        const moved = (a: number[], b: number[]) =>
          a.length !== 3 || a.some((value, index) => Math.abs(value - b[index]) > 1);
        if (moved(server.heading, app.heading)) {
          differences.push(`${path}: the heading moved ${server.heading.join(',')} -> ${app.heading.join(',')}`);
        }
        if (moved(server.page, app.page)) {
          differences.push(`${path}: the page's box moved ${server.page.join(',')} -> ${app.page.join(',')}`);
        }
      }
      expect(differences, differences.join('\n')).toEqual([]);
    });
  }
});
