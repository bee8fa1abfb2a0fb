import { expect } from '@open-wc/testing';
import type { MeDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB, type DraftRow } from '../data/app-db.js';
import {
  countLeftovers,
  DEVICE_MARKER_KEY,
  hasDeviceMarker,
  HIDDEN_DRAFT_DAYS,
  purgeHiddenDrafts,
  readSignedIn,
} from '../data/device-session.js';
import { listDrafts } from '../data/forum.js';
import { offlineFetch, signInOnDevice, stubFetch, TEST_MEMBER, type RecordedRequest } from '../test/fixtures.js';
import { SessionService, type SessionState } from './session.service.js';

const ME: MeDto = { ...TEST_MEMBER, roles: ['member'] };

function draft(id: string, accountId: string, extra: Partial<DraftRow> = {}): DraftRow {
  return { id, kind: 'thread', title: id, body: 'Tekst', updatedAt: '2026-11-29T10:00:00.000Z', accountId, ...extra };
}

/** A server that answers /me with `me` (null: 401) and records every request. */
function server(me: MeDto | null): { fetchFn: ReturnType<typeof stubFetch>['fetchFn']; requests: RecordedRequest[] } {
  return stubFetch((request) => {
    if (request.url.endsWith('/api/auth/me'))
      return me ? me : new Response(JSON.stringify({ statusCode: 401 }), { status: 401 });
    if (request.url.startsWith('/api/auth/logout')) return new Response(null, { status: 204 });
    if (request.url.endsWith('/api/forum/membership')) return { rulesAcceptedAt: null };
    return new Response(null, { status: 404 });
  });
}

describe(SessionService.name, () => {
  let db: AppDB;
  let states: SessionState[];

  beforeEach(() => {
    db = new AppDB(`test-session-${crypto.randomUUID()}`);
    localStorage.removeItem(DEVICE_MARKER_KEY);
    states = [];
  });

  afterEach(async () => {
    localStorage.removeItem(DEVICE_MARKER_KEY);
    db.close();
    await Dexie.delete(db.name);
  });

  function start(sut: SessionService): Promise<void> {
    sut.subscribe((state) => states.push(state));
    const started = sut.start();
    return started.finally(() => sut.stop());
  }

  it('ends at once a session the server reports but this device has no marker for (cleared while offline)', async () => {
    const { fetchFn, requests } = server(ME);
    const sut = new SessionService(db, fetchFn);
    await start(sut);
    expect(requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal(['GET /api/auth/me', 'POST /api/auth/logout']);
    expect(sut.state).to.deep.equal({ status: 'signed-out', me: null });
    expect(
      states.some((state) => state.status === 'signed-in'),
      'never shown as signed in',
    ).to.equal(false);
  });

  it('keeps a session the device has a marker for, and knows the account offline after that', async () => {
    await signInOnDevice(db);
    const online = server(ME);
    await start(new SessionService(db, online.fetchFn));
    expect(online.requests.some((r) => r.url.startsWith('/api/auth/logout'))).to.equal(false);

    states = [];
    const offline = new SessionService(db, offlineFetch);
    await start(offline);
    expect(offline.state).to.deep.equal({ status: 'signed-in', me: ME });
    expect(states.at(-1)?.me?.alias).to.equal(TEST_MEMBER.alias);
  });

  it('without a marker, knows nobody offline even if an account is cached', async () => {
    await signInOnDevice(db);
    localStorage.removeItem(DEVICE_MARKER_KEY);
    const sut = new SessionService(db, offlineFetch);
    await start(sut);
    expect(sut.state.status).to.equal('unknown');
  });

  it('adopts once a session from before the marker existed, with the drafts nobody owned', async () => {
    await db.drafts.put(draft('legacy', '', { hiddenAt: new Date().toISOString() }));
    await db.meta.put({ key: 'adoptSession', value: '2026-11-29T10:00:00.000Z' });
    const { fetchFn, requests } = server(ME);
    const sut = new SessionService(db, fetchFn);
    await start(sut);
    expect(sut.state.status).to.equal('signed-in');
    expect(requests.some((r) => r.url.startsWith('/api/auth/logout'))).to.equal(false);
    expect(hasDeviceMarker()).to.equal(true);
    expect((await listDrafts(db)).map((d) => d.id)).to.deep.equal(['legacy']);
    expect(await db.getMeta('adoptSession'), 'only once').to.equal(undefined);
  });

  it('hides the drafts of a session that ended elsewhere, shows them again only to the same account', async () => {
    await signInOnDevice(db);
    await db.drafts.bulkPut([draft('mine', ME.id), draft('theirs', 'member-2')]);
    const sut = new SessionService(db, server(null).fetchFn);
    await start(sut);
    expect(sut.state.status).to.equal('signed-out');
    expect(await readSignedIn(db)).to.equal(null);
    expect((await db.drafts.get('mine'))?.hiddenAt).to.be.a('string');

    await sut.signedIn({ id: 'member-2', alias: 'Andre', roles: ['member'], joinedAt: ME.joinedAt });
    expect((await listDrafts(db)).map((d) => d.id)).to.deep.equal(['theirs']);
    expect((await db.drafts.get('mine'))?.hiddenAt, 'still hidden from another account').to.be.a('string');

    await sut.signedIn(ME);
    expect((await listDrafts(db)).map((d) => d.id)).to.deep.equal(['mine']);
  });

  it('deletes hidden drafts after 7 days, not before', async () => {
    const now = new Date();
    const day = 24 * 60 * 60 * 1000;
    await db.drafts.bulkPut([
      draft('old', ME.id, { hiddenAt: new Date(now.getTime() - HIDDEN_DRAFT_DAYS * day).toISOString() }),
      draft('recent', ME.id, { hiddenAt: new Date(now.getTime() - (HIDDEN_DRAFT_DAYS - 1) * day).toISOString() }),
      draft('shown', ME.id),
    ]);
    expect(await purgeHiddenDrafts(db, now)).to.equal(1);
    expect((await db.drafts.toCollection().primaryKeys()).sort()).to.deep.equal(['recent', 'shown']);
  });

  it("logout removes the account's drafts and the outbox, and forgets who was signed in", async () => {
    await signInOnDevice(db);
    await db.drafts.bulkPut([
      draft('mine', ME.id),
      draft('theirs', 'member-2', { hiddenAt: new Date().toISOString() }),
    ]);
    await db.outbox.bulkPut([
      { id: 'o1', kind: 'post.create', payload: {}, createdAt: ME.joinedAt, state: 'sent', attempts: 1 },
      { id: 'o2', kind: 'visit.record', payload: {}, createdAt: ME.joinedAt, state: 'queued', attempts: 0 },
    ]);
    const { fetchFn, requests } = server(ME);
    const sut = new SessionService(db, fetchFn);
    await start(sut);
    expect(await countLeftovers(ME.id, db)).to.deep.equal({ drafts: 1, unsent: 0 });
    await sut.signOut();
    expect(requests.at(-1)?.url).to.equal('/api/auth/logout');
    expect((await db.drafts.toCollection().primaryKeys()).sort()).to.deep.equal(['theirs']);
    expect(
      (await db.outbox.toArray()).map((row) => row.kind),
      'only the anonymous visit count',
    ).to.deep.equal(['visit.record']);
    expect(hasDeviceMarker()).to.equal(false);
    expect(await readSignedIn(db)).to.equal(null);
    expect(sut.state.status).to.equal('signed-out');
  });

  it('logout offline removes nothing and says so by throwing', async () => {
    await signInOnDevice(db);
    await db.drafts.put(draft('mine', ME.id));
    const sut = new SessionService(db, offlineFetch);
    await start(sut);
    let failed = false;
    await sut.signOut().catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await db.drafts.count()).to.equal(1);
    expect(hasDeviceMarker()).to.equal(true);
  });

  it('deleting the account deletes its drafts at once; a password change only hides them', async () => {
    await signInOnDevice(db);
    await db.drafts.put(draft('mine', ME.id));
    const sut = new SessionService(db, server(ME).fetchFn);
    await start(sut);
    await sut.forget('ended');
    expect((await db.drafts.get('mine'))?.hiddenAt).to.be.a('string');
    await sut.signedIn(ME);
    await sut.forget('deleted');
    expect(await db.drafts.count()).to.equal(0);
    expect(hasDeviceMarker()).to.equal(false);
  });
});
