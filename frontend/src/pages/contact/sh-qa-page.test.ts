import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import type { ShQaPage } from './sh-qa-page.js';
import './sh-qa-page.js';

describe('sh-qa-page', () => {
  let db: AppDB;
  beforeEach(() => {
    db = new AppDB(`test-qa-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    fixtureCleanup();
    db.close();
    await Dexie.delete(db.name);
  });

  it('online with none published says so (not "next time you are online"), and its search box looks like the others', async () => {
    const sut = await fixture<ShQaPage>(html`<sh-qa-page .db=${db}></sh-qa-page>`);
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('.empty'), 'empty state not shown');
    expect(navigator.onLine, 'the test browser is online').to.equal(true);
    expect(root.querySelector('.empty')?.textContent).to.contain('ikke publisert noen');
    expect(root.textContent).to.not.contain('neste gang du er på nett');
    const box = getComputedStyle(root.querySelector('#filter') as HTMLInputElement);
    expect(box.borderTopWidth).to.equal('1px');
    expect(box.paddingLeft).to.not.equal('0px');
    expect(box.width).to.not.equal('auto');
    await expect(sut).to.be.accessible();
  });
});
