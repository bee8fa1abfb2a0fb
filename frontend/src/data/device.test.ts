import { expect } from '@open-wc/testing';
import Dexie from 'dexie';
import { offlineFetch } from '../test/fixtures.js';
import { appDb, DB_NAME } from './app-db.js';
import { clearDevice } from './device.js';

async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
}

describe('clearDevice', () => {
  const realDelete = Dexie.delete;
  afterEach(() => {
    Dexie.delete = realDelete;
  });

  it('deletes the database even when the browser closes the connection under the first delete', async () => {
    await appDb.open();
    await appDb.meta.put({ key: 'lastSyncedAt', value: '2026-12-06T08:00:00.000Z' });
    expect(await databaseExists()).to.equal(true);
    // What Clear-Site-Data does to an IndexedDB delete that runs while the browser wipes storage itself.
    let calls = 0;
    Dexie.delete = (name: string) => {
      calls += 1;
      if (calls === 1) return Promise.reject(new DOMException('The connection was closed.', 'AbortError'));
      return realDelete(name);
    };
    expect(await clearDevice(offlineFetch)).to.equal('later');
    expect(calls).to.equal(2);
    expect(await databaseExists()).to.equal(false);
  });

  it('gives up and says so when the database cannot be deleted at all', async () => {
    Dexie.delete = () => Promise.reject(new DOMException('The connection was closed.', 'AbortError'));
    let failure: unknown = null;
    await clearDevice(offlineFetch).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(DOMException);
  });
});
