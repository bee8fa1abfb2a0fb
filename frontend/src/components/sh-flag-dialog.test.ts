import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FlagCreatePayload } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../data/app-db.js';
import { errorSummaryOf, signInOnDevice, TEST_MEMBER } from '../test/fixtures.js';
import type { ShFlagDialog } from './sh-flag-dialog.js';
import './sh-flag-dialog.js';

describe('sh-flag-dialog', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-flag-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  async function openDialog(): Promise<{ sut: ShFlagDialog; root: ShadowRoot }> {
    const sut = await fixture<ShFlagDialog>(html`<sh-flag-dialog .db=${db}></sh-flag-dialog>`);
    await sut.show('p1');
    return { sut, root: sut.shadowRoot as ShadowRoot };
  }

  const send = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

  it('says a missing rule at the rule choice, with a summary linking to it, and queues nothing', async () => {
    await signInOnDevice(db);
    const { sut, root } = await openDialog();
    send(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    const link = errorSummaryOf(root)?.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('#flag-rule-1');
    expect(link?.textContent).to.contain('Velg regelen du mener innlegget bryter.');
    const fieldset = root.querySelector('fieldset');
    expect(fieldset?.querySelector('#flag-rule-1-error')?.textContent).to.contain('Velg regelen');
    expect(fieldset?.getAttribute('aria-describedby')).to.equal('flag-rule-1-error');
    expect(root.querySelector('.error-box'), 'no loose error box').to.equal(null);
    expect(await db.outbox.count()).to.equal(0);
    await expect(sut).to.be.accessible();

    root.querySelector<HTMLInputElement>('#flag-rule-2')?.click();
    await sut.updateComplete;
    expect(errorSummaryOf(root), 'gone once a rule is chosen').to.equal(null);
  });

  it('queues the flag for the signed-in account and closes', async () => {
    await signInOnDevice(db);
    const { sut, root } = await openDialog();
    root.querySelector<HTMLInputElement>('#flag-rule-4')?.click();
    const note = root.querySelector<HTMLTextAreaElement>('#note');
    if (note) {
      note.value = '  Deler et telefonnummer.  ';
      note.dispatchEvent(new Event('input'));
    }
    const done = oneEvent(sut, 'sh-flag-done');
    send(root);
    expect((await done).detail).to.deep.equal({ queued: true });
    const [row] = await db.outbox.toArray();
    expect(row?.kind).to.equal('flag.create');
    expect(row?.accountId).to.equal(TEST_MEMBER.id);
    expect(row?.payload as FlagCreatePayload).to.deep.equal({ postId: 'p1', rule: 4, note: 'Deler et telefonnummer.' });
  });

  it('keeps the dialog open with a clear message when nobody is signed in any more', async () => {
    const { root } = await openDialog();
    root.querySelector<HTMLInputElement>('#flag-rule-3')?.click();
    send(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.textContent).to.contain('Logg inn igjen for å rapportere');
    expect(root.querySelector('dialog')?.open).to.equal(true);
    expect(await db.outbox.count()).to.equal(0);
  });
  it('says a failed write as a failure, not as a lost session, and keeps the dialog open', async () => {
    await signInOnDevice(db);
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    const { root } = await openDialog();
    root.querySelector<HTMLInputElement>('#flag-rule-2')?.click();
    send(root);
    await waitUntil(() => errorSummaryOf(root), 'no error summary');
    expect(errorSummaryOf(root)?.textContent).to.contain('Noe gikk galt');
    expect(errorSummaryOf(root)?.textContent).to.not.contain('Logg inn igjen');
    expect(root.querySelector('dialog')?.open).to.equal(true);
  });
});
