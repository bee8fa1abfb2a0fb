import { expect, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import type { FetchFn } from '../data/api.js';
import { AppDB } from '../data/app-db.js';
import { enqueue } from '../data/outbox.js';
import { OutboxService } from './outbox.service.js';

describe(OutboxService.name, () => {
  let db: AppDB;
  let sut: OutboxService;

  beforeEach(() => {
    db = new AppDB(`test-outbox-service-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    sut?.stop();
    db.close();
    await Dexie.delete(db.name);
  });

  describe('connectionBack', () => {
    it('pushes once more when the connection comes back during a push that fails', async () => {
      let network = false;
      let release: (() => void) | null = null;
      const pushes: string[] = [];
      const fetchFn: FetchFn = (_input, init) => {
        const ids = (JSON.parse(String(init?.body)) as { mutations: { id: string }[] }).mutations.map((m) => m.id);
        pushes.push(network ? 'online' : 'offline');
        if (!network) {
          // Held until the connection is back, then fails as the request it was.
          return new Promise((_resolve, reject) => (release = () => reject(new TypeError('Failed to fetch'))));
        }
        const body = { results: ids.map((id) => ({ id, status: 'applied', result: {} })) };
        return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
      };
      await enqueue('visit.record', { day: '2026-01-01' }, { db });
      sut = new OutboxService(db, fetchFn);
      sut.start();
      await waitUntil(() => release !== null, 'the first push was not sent');

      network = true;
      const back = sut.connectionBack();
      (release as unknown as () => void)();
      await back;
      expect(pushes).to.deep.equal(['offline', 'online']);
      expect(await db.outbox.count()).to.equal(0);
    });
  });
});
