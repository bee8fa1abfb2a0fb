import { expect } from '@open-wc/testing';
import { isPickupCode, type ContactCreatePayload } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from './app-db.js';
import { findHeldCode } from './contact.js';
import './pull-kinds.js';
import { applyPullPage } from './sync-client.js';
import { makeArticle, pullPage, upsert } from '../test/fixtures.js';

describe(AppDB.name, () => {
  let sut: AppDB;

  beforeEach(() => {
    sut = new AppDB(`test-appdb-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    sut.close();
    await Dexie.delete(sut.name);
  });

  describe('applyPullPage', () => {
    it('stores upserts and the cursor', async () => {
      await applyPullPage(
        sut,
        pullPage(
          [
            upsert(1, 'article', makeArticle(1)),
            upsert(2, 'page', {
              id: 'p1',
              slug: 'om',
              title: 'Om',
              lead: '',
              html: '',
              position: 1,
              updatedAt: '',
            } as never),
          ],
          'c2',
        ),
      );
      expect(await sut.articles.count()).to.equal(1);
      expect((await sut.articles.where('slug').equals('artikkel-1').first())?.title).to.equal('Artikkel nummer 1');
      expect((await sut.pages.where('slug').equals('om').first())?.id).to.equal('p1');
      expect(await sut.getMeta('pullCursor')).to.equal('c2');
    });

    it('applies changes in seq order, so a later edit wins', async () => {
      const first = makeArticle(1, { title: 'Gammel tittel' });
      const edited = makeArticle(1, { title: 'Ny tittel' });
      await applyPullPage(sut, pullPage([upsert(5, 'article', edited), upsert(4, 'article', first)], 'c5'));
      expect((await sut.articles.get(first.id))?.title).to.equal('Ny tittel');
    });

    it('removes a row on a delete op', async () => {
      const article = makeArticle(1);
      await applyPullPage(sut, pullPage([upsert(1, 'article', article)], 'c1'));
      await applyPullPage(
        sut,
        pullPage([{ seq: 2, entity: 'article', op: 'delete', id: article.id, data: null }], 'c2'),
      );
      expect(await sut.articles.count()).to.equal(0);
      expect(await sut.getMeta('pullCursor')).to.equal('c2');
    });

    it('keeps the old cursor when a change cannot be stored (one transaction)', async () => {
      await applyPullPage(sut, pullPage([upsert(1, 'article', makeArticle(1))], 'c1'));
      // A function cannot be stored in IndexedDB: the put fails and the whole page must roll back.
      const broken = { ...makeArticle(2), notStorable: () => 1 };
      let failed = false;
      try {
        await applyPullPage(sut, pullPage([upsert(2, 'article', makeArticle(3)), upsert(3, 'article', broken)], 'c3'));
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
      expect(await sut.getMeta('pullCursor')).to.equal('c1');
      expect(await sut.articles.count()).to.equal(1);
    });

    it('skips entities this build does not know, but still moves the cursor', async () => {
      await applyPullPage(
        sut,
        pullPage([{ seq: 1, entity: 'futureThing' as never, op: 'upsert', id: 'x', data: { id: 'x' } }], 'c1'),
      );
      expect(await sut.getMeta('pullCursor')).to.equal('c1');
    });
  });
});

describe('AppDB version(6) upgrade', () => {
  const name = `test-upgrade-${crypto.randomUUID()}`;

  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('hides drafts nobody owns yet, keeps earlier codes kept, and allows one session adoption', async () => {
    // A device as version(5) left it.
    const old = new Dexie(name);
    old.version(5).stores({
      meta: 'key',
      outbox: 'id, [state+createdAt], kind',
      drafts: 'id, updatedAt, threadId',
      contactConversations: 'conversationId, createdAt, mutationId',
    });
    await old
      .table('drafts')
      .put({ id: 'd1', kind: 'thread', title: 'T', body: 'B', updatedAt: '2026-11-29T10:00:00.000Z' });
    await old.table('contactConversations').put({
      conversationId: 'c1',
      code: 'ABCDEFGHJKMNPQRS',
      topic: 'law',
      createdAt: '2026-11-29T10:00:00.000Z',
      mutationId: 'm1',
      codeShown: true,
    });
    old.close();

    const sut = new AppDB(name);
    const draft = await sut.drafts.get('d1');
    expect(draft?.accountId).to.equal('');
    expect(draft?.hiddenAt).to.be.a('string');
    expect(await sut.drafts.where('accountId').equals('').count()).to.equal(1);
    expect((await sut.contactConversations.get('c1'))?.kept).to.equal(true);
    expect(await sut.getMeta('adoptSession')).to.be.a('string');
    sut.close();
  });

  it('carries every queued row: forum rows wait for their account, a message for a pick-up code gets its code', async () => {
    const old = new Dexie(name);
    old.version(5).stores({ meta: 'key', outbox: 'id, [state+createdAt], kind' });
    const queued = { createdAt: '2026-12-05T10:00:00.000Z', state: 'queued', attempts: 0 };
    await old.table('outbox').bulkPut([
      { id: 'post', kind: 'post.create', payload: { threadId: 't1', body: 'Før oppdateringen' }, ...queued },
      { id: 'code', kind: 'contact.create', payload: { topic: 'law', body: 'Hei', replyBy: 'pickup' }, ...queued },
      {
        id: 'mail',
        kind: 'contact.create',
        payload: { topic: 'law', body: 'Hei', replyBy: 'email', email: 'a@b.no' },
        ...queued,
      },
      { id: 'visit', kind: 'visit.record', payload: { day: '2026-12-05' }, ...queued },
    ]);
    old.close();

    const sut = new AppDB(name);
    const rows = new Map((await sut.outbox.toArray()).map((row) => [row.id, row]));
    expect(rows.size, 'nothing lost').to.equal(4);
    expect(rows.get('post')?.accountId, 'owned by the session that adopts it').to.equal('');
    expect(rows.get('post')?.payload).to.deep.equal({ threadId: 't1', body: 'Før oppdateringen' });
    const code = (rows.get('code')?.payload as ContactCreatePayload).pickupCode ?? '';
    expect(isPickupCode(code), code).to.equal(true);
    expect((await findHeldCode(sut))?.code, 'shown for the choice on /kontakt').to.equal(code);
    expect(rows.get('mail')?.payload).to.not.have.property('pickupCode');
    expect(rows.get('visit')?.accountId).to.equal(undefined);
    sut.close();
  });

  it('a new database (a wiped device) allows no adoption', async () => {
    const sut = new AppDB(name);
    expect(await sut.getMeta('adoptSession')).to.equal(undefined);
    sut.close();
  });
});
