import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../data/app-db.js';
import { PAGE_DATA_ID } from '../data/page-data.js';
import { SERVER_PAGE_ID, takeOverServerPage, type TakingOverApp } from './take-over.js';

/** A document as the server sends it: the page in the app's layout, and its data block. */
function serverDocument(changes: unknown[] = []): Document {
  const doc = document.implementation.createHTMLDocument('Artikler – Sexhandel');
  doc.body.innerHTML = `<div class="ssr" id="${SERVER_PAGE_ID}"><main><h1>Artikler</h1><a href="/artikler/a">A</a></main></div>
<script type="application/json" id="${PAGE_DATA_ID}">${JSON.stringify({ path: '/artikler', changes })}</script>`;
  return doc;
}

/** Stands in for <sh-app>: shows its page when the test says so. */
function fakeApp(doc: Document): { app: TakingOverApp; show: () => void; focused: () => boolean } {
  let show!: () => void;
  const shown = new Promise<void>((resolve) => (show = resolve));
  let focused = false;
  const app = Object.assign(doc.createElement('div'), {
    whenPageShown: () => shown,
    focusPage: () => (focused = true),
  });
  return { app, show, focused: () => focused };
}

const until = (condition: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (condition() ? resolve() : setTimeout(check, 5));
    check();
  });

describe(takeOverServerPage.name, () => {
  let db: AppDB;
  beforeEach(() => (db = new AppDB(`test-take-over-${crypto.randomUUID()}`)));
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('keeps the page data on the device, renders the app hidden, and swaps only when the app shows the page', async () => {
    const article = { id: 'a1', slug: 'a', title: 'A', publishedAt: '2026-12-01T10:00:00.000Z' };
    const doc = serverDocument([{ seq: 7, entity: 'article', op: 'upsert', id: 'a1', data: article }]);
    const fake = fakeApp(doc);
    const created: number[] = [];
    const done = takeOverServerPage(doc, {
      db,
      createApp: () => {
        created.push(Date.now());
        return fake.app;
      },
    });
    await until(() => created.length === 1);
    expect(await db.articles.get('a1')).to.include({ slug: 'a' });
    expect(await db.getMeta('pullCursor'), 'the pull cursor does not move').to.equal(undefined);
    expect(fake.app.hidden, 'hidden while it renders').to.equal(true);
    expect(doc.getElementById(SERVER_PAGE_ID), 'the server page stays meanwhile').to.not.equal(null);
    fake.show();
    expect(await done).to.equal(true);
    expect(doc.getElementById(SERVER_PAGE_ID)).to.equal(null);
    expect(fake.app.hidden).to.equal(false);
    expect(fake.focused(), 'focus was not in the server page').to.equal(false);
  });

  it('gives the app the page anyway when it takes too long', async () => {
    const doc = serverDocument();
    const fake = fakeApp(doc);
    expect(await takeOverServerPage(doc, { db, createApp: () => fake.app, withinMs: 20 })).to.equal(true);
    expect(doc.getElementById(SERVER_PAGE_ID)).to.equal(null);
    expect(fake.app.hidden).to.equal(false);
  });

  // The bound is for the page, not the language: an app shown in Norwegian that switches to English
  // in place moves the page under the reader (the flaky CLS of the English server-rendering e2e).
  it('waits for the language however long it takes, and only then for the page within the bound', async () => {
    const doc = serverDocument();
    const fake = fakeApp(doc);
    let languageReady!: () => void;
    const ready = new Promise<void>((resolve) => (languageReady = resolve));
    let settled = false;
    const done = takeOverServerPage(doc, { db, createApp: () => fake.app, ready, withinMs: 20 }).then((taken) => {
      settled = true;
      return taken;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled, 'still on the server page while the language loads').to.equal(false);
    expect(fake.app.hidden).to.equal(true);
    languageReady();
    expect(await done).to.equal(true);
    expect(fake.app.hidden).to.equal(false);
  });

  it('leaves a page from the service worker alone (it has the app already)', async () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.body.innerHTML = '<sh-app></sh-app>';
    expect(await takeOverServerPage(doc, { db, createApp: () => fakeApp(doc).app })).to.equal(false);
  });
});
