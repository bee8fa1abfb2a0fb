import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { ResourceDto } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import type { ShResourcesPage } from './sh-resources-page.js';
import './sh-resources-page.js';

function resource(n: number, overrides: Partial<ResourceDto>): ResourceDto {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    kind: 'helpService',
    name: `Tjeneste ${n}`,
    url: null,
    phone: null,
    phoneNumber: null,
    description: 'Hjelp.',
    ...overrides,
  };
}

describe('sh-resources-page', () => {
  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`test-resources-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('dials exactly the structured numbers and shows the phone text as written', async () => {
    await db.resources.bulkPut([
      resource(1, { name: 'Politiet', phone: '02800 (nødnummer 112)', phoneNumber: '02800' }),
      resource(2, { name: 'Alarmtelefonen', phone: '116 111', phoneNumber: '116111' }),
      resource(3, { name: 'Bare tekst', phone: 'ring sentralbordet', phoneNumber: null }),
    ]);
    const sut = await fixture<ShResourcesPage>(html`<sh-resources-page .db=${db}></sh-resources-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelectorAll('li').length === 3, 'resources not listed');
    const tel = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => [
      a.getAttribute('href'),
      a.textContent?.trim(),
    ]);
    expect(tel).to.deep.equal([
      ['tel:116111', '116 111'],
      ['tel:02800', '02800 (nødnummer 112)'],
    ]);
    const plain = [...root.querySelectorAll('li')].find((li) => li.textContent?.includes('Bare tekst'));
    expect(plain?.textContent).to.contain('ring sentralbordet');
    expect(plain?.querySelector('a[href^="tel:"]'), 'no link without a structured number').to.equal(null);
    await expect(sut).to.be.accessible();
  });
});
