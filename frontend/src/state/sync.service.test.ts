import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { FetchFn } from '../data/api.js';
import { AppDB } from '../data/app-db.js';
import { enqueue } from '../data/outbox.js';
import { OutboxService } from './outbox.service.js';
import { SyncService } from './sync.service.js';

describe(SyncService.name, () => {
  let db: AppDB;
  let sut: SyncService;
  let outbox: OutboxService;

  beforeEach(() => {
    db = new AppDB(`test-sync-service-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    sut?.stop();
    outbox?.stop();
    db.close();
    await Dexie.delete(db.name);
  });

  it('on coming back online pushes the outbox and pulls at the same time, through the outbox service', async () => {
    let network = false;
    const held: (() => void)[] = [];
    const requests: string[] = [];
    // Requests wait until the test lets them go, so "at the same time" means both are out together.
    const fetchFn: FetchFn = (input, init) => {
      if (!network) return Promise.reject(new TypeError('Failed to fetch'));
      const url = String(input);
      requests.push(`${init?.method ?? 'GET'} ${url.split('?')[0]}`);
      const body = url.includes('/push')
        ? {
            results: JSON.parse(String(init?.body)).mutations.map((m: { id: string }) => ({
              id: m.id,
              status: 'applied',
              result: {},
            })),
          }
        : { changes: [], cursor: 'c1', hasMore: false };
      return new Promise((resolve) =>
        held.push(() =>
          resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })),
        ),
      );
    };
    outbox = new OutboxService(db, fetchFn);
    sut = new SyncService(db, fetchFn, outbox);
    await sut.start();
    outbox.start();
    await enqueue('visit.record', { day: '2026-01-01' }, { db });

    network = true;
    requests.length = 0;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => requests.length >= 2, 'push and pull were not both asked for');
    expect(requests.sort()).to.deep.equal(['GET /api/sync/pull', 'POST /api/sync/push']);
    expect(held.length, 'both requests out before either is answered').to.equal(2);
    held.splice(0).forEach((release) => release());
    await waitUntil(async () => (await db.outbox.count()) === 0, 'the outbox was not emptied');
    await waitUntil(() => !sut.state.syncing && sut.state.online, 'sync did not end online');
  });
});
