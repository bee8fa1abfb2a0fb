import { expect } from '@open-wc/testing';
import { SYNC_ENTITIES, type PushRequest, type PushResponse } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from './app-db.js';
import { enqueue } from './outbox.js';
import { pulledTable } from './pull.js';
import './pull-kinds.js';
import { applyPullPage, pullAll, pushOutbox } from './sync-client.js';
import { localDay, recordVisit } from './visit.js';
import { makeArticle, offlineFetch, pullPage, stubFetch, upsert } from '../test/fixtures.js';

describe('sync-client', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-sync-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  describe(applyPullPage.name, () => {
    // A change nobody registered is skipped while the cursor moves on: it would never come again.
    it('finds a table for every entity of the protocol once the features are loaded', () => {
      const missing = SYNC_ENTITIES.filter((entity) => !pulledTable(entity));
      expect(missing).to.deep.equal([]);
      for (const entity of SYNC_ENTITIES) expect(db.tables.map((t) => t.name)).to.include(pulledTable(entity));
    });

    it("keeps each row's last change in seq order, whatever order the page lists them in", async () => {
      const [a, b, c] = [makeArticle(1), makeArticle(2), makeArticle(3)];
      await db.articles.put(c);
      const gone = (seq: number, id: string) => ({
        seq,
        entity: 'article' as const,
        op: 'delete' as const,
        id,
        data: null,
      });
      await applyPullPage(
        db,
        pullPage(
          [
            gone(4, a.id),
            upsert(1, 'article', a),
            upsert(2, 'article', b),
            upsert(5, 'article', makeArticle(2, { title: 'Ny tittel' })),
            gone(3, b.id),
            gone(6, c.id),
          ],
          'c6',
        ),
      );
      expect(await db.articles.get(a.id)).to.equal(undefined);
      expect((await db.articles.get(b.id))?.title).to.equal('Ny tittel');
      expect(await db.articles.get(c.id)).to.equal(undefined);
      expect(await db.getMeta('pullCursor')).to.equal('c6');
    });
  });

  describe(pullAll.name, () => {
    it('follows hasMore page by page, sending the stored cursor each time', async () => {
      // A server page's topics, kept until this first complete pull (page-data.ts).
      await db.meta.put({ key: 'articleTopics', value: '["helse"]' });
      const pages = [
        pullPage([upsert(1, 'article', makeArticle(1)), upsert(2, 'article', makeArticle(2))], 'c2', true),
        pullPage([upsert(3, 'article', makeArticle(3))], 'c3', false),
      ];
      const { fetchFn, requests } = stubFetch(() => pages.shift());
      const summary = await pullAll({ db, fetchFn });
      expect(summary).to.deep.equal({ pages: 2, changes: 3 });
      expect(requests.map((r) => new URL(r.url, location.href).searchParams.get('cursor'))).to.deep.equal([null, 'c2']);
      expect(await db.articles.count()).to.equal(3);
      expect(await db.getMeta('pullCursor')).to.equal('c3');
      expect(await db.getMeta('lastSyncedAt')).to.be.a('string');
      expect(await db.getMeta('articleTopics')).to.equal(undefined);
    });

    it('leaves cursor and lastSyncedAt untouched when the server fails', async () => {
      await db.meta.put({ key: 'articleTopics', value: '["helse"]' });
      const { fetchFn } = stubFetch(() => new Response('{"message":"broken"}', { status: 500 }));
      let error: unknown;
      try {
        await pullAll({ db, fetchFn });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(Error);
      expect(await db.getMeta('pullCursor')).to.equal(undefined);
      expect(await db.getMeta('lastSyncedAt')).to.equal(undefined);
      expect(await db.getMeta('articleTopics')).to.equal('["helse"]');
    });
  });

  describe(pushOutbox.name, () => {
    it('removes applied and duplicate mutations and keeps a rejected one with its error', async () => {
      const applied = await enqueue('visit.record', { day: '2026-11-01' }, { db });
      const duplicate = await enqueue('visit.record', { day: '2026-11-02' }, { db });
      const rejected = await enqueue('visit.record', { day: 'nonsense' }, { db });
      const { fetchFn, requests } = stubFetch((request): PushResponse => {
        const ids = (request.body as PushRequest).mutations.map((m) => m.id);
        expect(ids).to.have.members([applied, duplicate, rejected]);
        return {
          results: [
            { id: applied, status: 'applied' },
            { id: duplicate, status: 'duplicate' },
            { id: rejected, status: 'rejected', error: { code: 'validation', message: 'day must be YYYY-MM-DD' } },
          ],
        };
      });
      const summary = await pushOutbox({ db, fetchFn });
      expect(requests).to.have.length(1);
      expect(requests[0]?.method).to.equal('POST');
      expect(summary).to.include({ sent: 3, done: 2, rejected: 1, offline: false });
      const rows = await db.outbox.toArray();
      expect(rows.map((row) => row.id)).to.deep.equal([rejected]);
      expect(rows[0]?.state).to.equal('needs-attention');
      expect(rows[0]?.lastError).to.deep.equal({ code: 'validation', message: 'day must be YYYY-MM-DD' });
    });

    it('does not send mutations that need attention again', async () => {
      await enqueue('visit.record', { day: 'x' }, { db });
      await pushOutbox({
        db,
        fetchFn: stubFetch((r) => ({
          results: (r.body as PushRequest).mutations.map((m) => ({
            id: m.id,
            status: 'rejected',
            error: { code: 'c', message: 'm' },
          })),
        })).fetchFn,
      });
      const { fetchFn, requests } = stubFetch(() => ({ results: [] }));
      await pushOutbox({ db, fetchFn });
      expect(requests).to.have.length(0);
    });

    it('keeps everything queued with one more attempt when the network is down', async () => {
      await enqueue('visit.record', { day: '2026-11-01' }, { db });
      await enqueue('visit.record', { day: '2026-11-02' }, { db });
      const summary = await pushOutbox({ db, fetchFn: offlineFetch });
      expect(summary.offline).to.equal(true);
      const rows = await db.outbox.toArray();
      expect(rows.map((row) => [row.state, row.attempts])).to.deep.equal([
        ['queued', 1],
        ['queued', 1],
      ]);
    });

    it('sends at most 500 mutations per request', async () => {
      await db.outbox.bulkAdd(
        Array.from({ length: 501 }, (_, i) => ({
          id: crypto.randomUUID(),
          kind: 'visit.record' as const,
          payload: { day: '2026-11-01' },
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
          state: 'queued' as const,
          attempts: 0,
        })),
      );
      const { fetchFn, requests } = stubFetch((r) => ({
        results: (r.body as PushRequest).mutations.map((m) => ({ id: m.id, status: 'applied' })),
      }));
      await pushOutbox({ db, fetchFn });
      expect(requests.map((r) => (r.body as PushRequest).mutations.length)).to.deep.equal([500, 1]);
      expect(await db.outbox.count()).to.equal(0);
    });
  });

  describe(recordVisit.name, () => {
    it('queues one anonymous visit per day', async () => {
      const day1 = new Date(2026, 10, 29, 9, 0);
      expect(await recordVisit(db, day1)).to.equal(true);
      expect(await recordVisit(db, new Date(2026, 10, 29, 22, 0))).to.equal(false);
      expect(await recordVisit(db, new Date(2026, 10, 30, 8, 0))).to.equal(true);
      const rows = await db.outbox.orderBy('id').toArray();
      expect(rows).to.have.length(2);
      const payloads = rows.map((row) => row.payload as Record<string, unknown>);
      expect(payloads.map((p) => p.day).sort()).to.deep.equal(['2026-11-29', '2026-11-30']);
      for (const payload of payloads) expect(Object.keys(payload).sort()).to.deep.equal(['day', 'installed']);
      expect(rows.every((row) => row.kind === 'visit.record')).to.equal(true);
    });

    it("sends the campaign code with the day's visit, and still only one visit that day", async () => {
      expect(await recordVisit(db, new Date(2026, 10, 29, 9, 0), 'abc234')).to.equal(true);
      expect(await recordVisit(db, new Date(2026, 10, 29, 10, 0), 'xyz789')).to.equal(false);
      const rows = await db.outbox.toArray();
      expect(rows).to.have.length(1);
      expect(rows[0]?.payload).to.include({ day: '2026-11-29', campaign: 'abc234' });
    });
  });

  describe(localDay.name, () => {
    it('formats the local calendar day', () => {
      expect(localDay(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
    });
  });
});
