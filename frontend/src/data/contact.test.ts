import { expect } from '@open-wc/testing';
import type { PushRequest } from '@sexhandel/shared';
import Dexie from 'dexie';
import type { FetchFn } from './api.js';
import { AppDB } from './app-db.js';
import { chooseCodeFate, emptyContactDraft, listContactConversations, sendContact } from './contact.js';
import { pushOutbox } from './sync-client.js';

/** A fetch whose push answer waits until `release` is called, so a test can act while it is out. */
function heldPush(): { fetchFn: FetchFn; sent: Promise<void>; release: () => void } {
  let markSent!: () => void;
  let release!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const fetchFn: FetchFn = async (_input, init) => {
    const { mutations } = JSON.parse(String(init?.body)) as PushRequest;
    markSent();
    await released;
    const results = mutations.map((mutation) => ({
      id: mutation.id,
      status: 'applied',
      result: { conversationId: `c-${mutation.id}` },
    }));
    return new Response(JSON.stringify({ results }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetchFn, sent, release };
}

describe('pick-up code choice while the message is on its way', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-contact-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const draft = () => ({
    ...emptyContactDraft(),
    topic: 'law' as const,
    body: 'Et spørsmål',
    replyBy: 'pickup' as const,
  });

  it('keeps the conversation when "keep" is chosen while the push is out', async () => {
    const id = await sendContact(draft(), db);
    const push = heldPush();
    const pushing = pushOutbox({ db, fetchFn: push.fetchFn });
    await push.sent;
    await chooseCodeFate(id, 'keep', db);
    push.release();
    await pushing;
    const kept = await listContactConversations(db);
    expect(kept.map((row) => row.conversationId)).to.deep.equal([`c-${id}`]);
    expect(await db.outbox.count()).to.equal(0);
  });

  it('forgets the code when "written down" is chosen while the push is out', async () => {
    const id = await sendContact(draft(), db);
    const push = heldPush();
    const pushing = pushOutbox({ db, fetchFn: push.fetchFn });
    await push.sent;
    await chooseCodeFate(id, 'written', db);
    push.release();
    await pushing;
    expect(await db.contactConversations.count()).to.equal(0);
    expect(await db.outbox.count()).to.equal(0);
  });
});
