import { expect } from '@open-wc/testing';
import type { PushRequest, PushResponse } from '@sexhandel/shared';
import Dexie from 'dexie';
import { offlineFetch, signInOnDevice, stubFetch, TEST_MEMBER } from '../test/fixtures.js';
import { AppDB } from './app-db.js';
import { sendContact } from './contact.js';
import {
  countLeftovers,
  discardUnsent,
  hideAccountDrafts,
  purgeHiddenDrafts,
  rememberSignIn,
  removeAccountFromDevice,
} from './device-session.js';
import { enqueueFlag, listForumOutbox, listPendingReplies, saveDraft, sendDraft } from './forum.js';
import { enqueue } from './outbox.js';
import { flushOutbox, pushOutbox } from './sync-client.js';

const OTHER = { ...TEST_MEMBER, id: 'member-2', alias: 'Neste', roles: [...TEST_MEMBER.roles] };

async function draftInOutbox(db: AppDB, body = 'Et svar'): Promise<string> {
  await saveDraft(
    {
      id: `d-${crypto.randomUUID()}`,
      kind: 'reply',
      threadId: 't1',
      threadTitle: 'Tråd',
      body,
      updatedAt: '2026-11-29T10:00:00.000Z',
    },
    db,
  );
  const [draft] = await db.drafts.toArray();
  if (!draft) throw new Error('no draft');
  return sendDraft(draft.id, db);
}

describe('outbox (forum)', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-outbox-${crypto.randomUUID()}`);
    await signInOnDevice(db);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  describe(sendDraft.name, () => {
    it('moves the draft into the outbox in one transaction', async () => {
      const id = await draftInOutbox(db, 'Hei');
      expect(await db.drafts.count()).to.equal(0);
      const row = await db.outbox.get(id);
      expect(row).to.include({ kind: 'post.create', state: 'queued', attempts: 0 });
      expect(row?.payload).to.deep.equal({ threadId: 't1', body: 'Hei' });
      expect(row?.draft?.body).to.equal('Hei');
    });

    it('leaves the draft in place when the outbox write fails (nothing half done)', async () => {
      await saveDraft({ id: 'd1', kind: 'thread', title: 'T', body: 'B', updatedAt: '2026-11-29T10:00:00.000Z' }, db);
      db.outbox.hook('creating', () => {
        throw new Error('disk full');
      });
      let error: unknown;
      try {
        await sendDraft('d1', db);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(Error);
      expect(await db.drafts.get('d1')).to.include({ body: 'B' });
      expect(await db.outbox.count()).to.equal(0);
    });

    it('refuses an empty draft', async () => {
      await saveDraft(
        { id: 'd1', kind: 'reply', threadId: 't1', body: '   ', updatedAt: '2026-11-29T10:00:00.000Z' },
        db,
      );
      let error: unknown;
      try {
        await sendDraft('d1', db);
      } catch (e) {
        error = e;
      }
      expect((error as { problem?: string }).problem).to.equal('empty_body');
      expect(await db.drafts.count()).to.equal(1);
    });
  });

  describe(pushOutbox.name, () => {
    it('goes queued → sending → sent, and the row is sending while the request is out', async () => {
      const id = await draftInOutbox(db);
      const statesDuringRequest: string[] = [];
      const release: { open: () => void } = { open: () => undefined };
      const gate = new Promise<void>((resolve) => (release.open = resolve));
      const { fetchFn } = stubFetch(() => ({
        results: [{ id, status: 'applied', result: { postId: 'p1', threadId: 't1' } }],
      }));
      const slowFetch: typeof fetch = async (input, init) => {
        statesDuringRequest.push((await db.outbox.get(id))?.state ?? 'gone');
        await gate;
        return fetchFn(input, init);
      };
      expect((await db.outbox.get(id))?.state).to.equal('queued');
      const pushing = pushOutbox({ db, fetchFn: slowFetch });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statesDuringRequest).to.deep.equal(['sending']);
      release.open();
      const summary = await pushing;
      expect(summary).to.include({ sent: 1, done: 1, rejected: 0 });
      const row = await db.outbox.get(id);
      expect(row?.state).to.equal('sent');
      expect(row?.result).to.deep.equal({ postId: 'p1', threadId: 't1' });
    });

    it('keeps the row queued when the network is down', async () => {
      const id = await draftInOutbox(db);
      const summary = await pushOutbox({ db, fetchFn: offlineFetch });
      expect(summary.offline).to.equal(true);
      expect(await db.outbox.get(id)).to.include({ state: 'queued', attempts: 1 });
      expect(await db.drafts.count()).to.equal(0);
    });

    it('turns a rejected post back into a draft with the server message, in one step', async () => {
      const id = await draftInOutbox(db, 'Se http://example.com');
      const { fetchFn } = stubFetch((r): PushResponse => ({
        results: (r.body as PushRequest).mutations.map((m) => ({
          id: m.id,
          status: 'rejected',
          error: { code: 'links_not_yet_allowed', message: 'New members cannot post links yet.' },
        })),
      }));
      const summary = await pushOutbox({ db, fetchFn });
      expect(summary.rejected).to.equal(1);
      expect(await db.outbox.get(id)).to.equal(undefined);
      const drafts = await db.drafts.toArray();
      expect(drafts).to.have.length(1);
      expect(drafts[0]).to.include({ kind: 'reply', threadId: 't1', body: 'Se http://example.com' });
      expect(drafts[0]?.serverError).to.deep.equal({
        code: 'links_not_yet_allowed',
        message: 'New members cannot post links yet.',
      });
    });

    it('keeps a rejected flag as needs-attention (it has no draft to go back to)', async () => {
      const id = await enqueueFlag({ postId: 'p1', rule: 2 }, db);
      const { fetchFn } = stubFetch(() => ({
        results: [{ id, status: 'rejected', error: { code: 'already_flagged', message: 'Already flagged.' } }],
      }));
      await pushOutbox({ db, fetchFn });
      expect(await db.outbox.get(id)).to.include({ state: 'needs-attention' });
      expect(await db.drafts.count()).to.equal(0);
    });

    it('sends what a time-bounded push left unanswered right away, without counting it as a failure', async () => {
      const ids = [
        await draftInOutbox(db, 'Første'),
        await draftInOutbox(db, 'Andre'),
        await draftInOutbox(db, 'Tredje'),
      ];
      // Like a server whose push budget ran out after one mutation: it answers only the first it got.
      const { fetchFn, requests } = stubFetch((r) => ({
        results: (r.body as PushRequest).mutations.slice(0, 1).map((m) => ({ id: m.id, status: 'applied' as const })),
      }));
      const summary = await pushOutbox({ db, fetchFn });
      expect(requests.map((request) => (request.body as PushRequest).mutations.length)).to.deep.equal([3, 2, 1]);
      expect(summary).to.include({ done: 3, rejected: 0, offline: false });
      for (const id of ids) expect(await db.outbox.get(id)).to.include({ state: 'sent', attempts: 0 });
    });

    it('stops when an answer reaches none of the batch, keeping the rows queued for the next round', async () => {
      const id = await draftInOutbox(db);
      const { fetchFn, requests } = stubFetch(() => ({ results: [] }));
      await pushOutbox({ db, fetchFn });
      expect(requests).to.have.length(1);
      expect(await db.outbox.get(id)).to.include({ state: 'queued', attempts: 0 });
    });

    it('re-queues rows left in sending by a tab that closed mid-push', async () => {
      const id = await draftInOutbox(db);
      await db.outbox.update(id, { state: 'sending' });
      const { fetchFn, requests } = stubFetch(() => ({ results: [{ id, status: 'duplicate' }] }));
      await pushOutbox({ db, fetchFn });
      expect(requests).to.have.length(1);
      expect((await db.outbox.get(id))?.state).to.equal('sent');
    });
  });

  describe('rows owned by an account (a shared computer)', () => {
    const appliedAll = (r: { body: unknown }): PushResponse => ({
      results: (r.body as PushRequest).mutations.map((m) => ({ id: m.id, status: 'applied' })),
    });
    const sentIds = (requests: Array<{ body: unknown }>) =>
      requests.flatMap((r) => (r.body as PushRequest).mutations.map((m) => m.id));

    it("never sends one account's queued post under the next person's session; it goes when its account is back", async () => {
      const post = await draftInOutbox(db, 'Skrevet av den første');
      const flag = await enqueueFlag({ postId: 'p1', rule: 2 }, db);
      expect((await db.outbox.get(post))?.accountId).to.equal(TEST_MEMBER.id);
      // The first session ends without a logout; the next person signs in and writes to counselling.
      await hideAccountDrafts(TEST_MEMBER.id, db);
      await rememberSignIn(OTHER, db);
      const message = await sendContact(
        {
          id: 'contact',
          topic: 'law',
          body: 'Et spørsmål',
          replyBy: 'pickup',
          email: '',
          publishConsent: false,
          updatedAt: '2026-12-06T10:00:00.000Z',
        },
        db,
      );
      const { fetchFn, requests } = stubFetch(appliedAll);
      await pushOutbox({ db, fetchFn });
      expect(sentIds(requests)).to.deep.equal([message]);
      expect(await db.outbox.get(post)).to.include({ state: 'queued', attempts: 0 });
      expect(await listForumOutbox(db), 'not listed to the next person').to.deep.equal([]);
      expect(await listPendingReplies('t1', db), 'not shown in the thread either').to.deep.equal([]);
      expect(await countLeftovers(OTHER.id, db)).to.deep.equal({ drafts: 0, unsent: 0 });

      await signInOnDevice(db);
      expect((await db.outbox.get(post))?.hiddenAt).to.equal(undefined);
      expect((await listForumOutbox(db)).map((row) => row.id)).to.deep.equal([post, flag]);
      await pushOutbox({ db, fetchFn });
      expect(sentIds(requests.slice(1))).to.have.members([post, flag]);
    });

    it("the next person's logout and discard leave the other account's rows; they go 7 days after hiding", async () => {
      const post = await draftInOutbox(db);
      await hideAccountDrafts(TEST_MEMBER.id, db, new Date('2026-12-01T10:00:00.000Z'));
      await rememberSignIn(OTHER, db);
      expect(await discardUnsent(OTHER.id, db)).to.equal(0);
      await removeAccountFromDevice(OTHER.id, db);
      expect(await db.outbox.get(post)).to.not.equal(undefined);
      await purgeHiddenDrafts(db, new Date('2026-12-07T10:00:00.000Z'));
      expect(await db.outbox.get(post), 'kept for 7 days').to.not.equal(undefined);
      await purgeHiddenDrafts(db, new Date('2026-12-08T10:00:01.000Z'));
      expect(await db.outbox.get(post)).to.equal(undefined);
    });

    it('refuses to queue a forum mutation without the account that sends it', async () => {
      let error: unknown;
      try {
        await enqueue('post.create', { threadId: 't1', body: 'Uten eier' }, { db });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(Error);
      expect(await db.outbox.count()).to.equal(0);
    });
  });

  describe(flushOutbox.name, () => {
    it('lets only one push run at a time: a second flush waits and finds nothing left to send', async () => {
      await draftInOutbox(db);
      const { fetchFn, requests } = stubFetch((r) => ({
        results: (r.body as PushRequest).mutations.map((m) => ({ id: m.id, status: 'applied' })),
      }));
      await Promise.all([flushOutbox({ db, fetchFn }), flushOutbox({ db, fetchFn })]);
      expect(requests).to.have.length(1);
    });
  });
});
