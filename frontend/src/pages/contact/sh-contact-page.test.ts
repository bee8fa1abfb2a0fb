import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { pushOutbox } from '../../data/sync-client.js';
import { stubFetch } from '../../test/fixtures.js';
import type { ShContactPage } from './sh-contact-page.js';
import './sh-contact-page.js';

function type(sut: ShContactPage, selector: string, value: string): void {
  const field = sut.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
  if (!field) throw new Error(`no ${selector}`);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

async function ready(sut: ShContactPage): Promise<ShadowRoot> {
  const root = sut.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('#body'), 'contact form did not load');
  return root;
}

describe('sh-contact-page', () => {
  let db: AppDB;

  beforeEach(() => {
    db = new AppDB(`test-contact-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    // Elements first: they may still write to the database as they leave.
    fixtureCleanup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    db.close();
    await Dexie.delete(db.name);
  });

  it('says what is stored, for how long and who reads it before the form, and is accessible', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    const facts = root.querySelector('.facts')?.textContent ?? '';
    expect(facts).to.include('kryptert');
    expect(facts).to.include('IP-adressen');
    expect(facts).to.include('180 dager');
    expect(facts).to.include('taushetsplikt');
    expect(facts).to.include('hentekode');
    const order = root.querySelector('.facts')?.compareDocumentPosition(root.querySelector('form') as Node) ?? 0;
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING, 'facts come before the form').to.not.equal(0);
    expect(root.querySelector('#email'), 'no address field for pick-up').to.equal(null);
    expect(root.querySelector<HTMLInputElement>('#consent')?.checked, 'consent off by default').to.equal(false);
    await expect(sut).to.be.accessible();
  });

  it('keeps the message as a draft after the debounce and restores it in a new page', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db} .autosaveMs=${40}></sh-contact-page>`);
    await ready(sut);
    type(sut, '#topic', 'worries');
    type(sut, '#body', 'Jeg har aldri fortalt dette til noen.');
    expect(await db.contactDrafts.count(), 'nothing saved before the debounce').to.equal(0);
    await waitUntil(async () => (await db.contactDrafts.get('contact'))?.body.length === 37, 'draft not saved');
    sut.remove();

    const again = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(again);
    await waitUntil(
      () => root.querySelector('textarea')?.value === 'Jeg har aldri fortalt dette til noen.',
      'not restored',
    );
    expect(root.querySelector<HTMLSelectElement>('#topic')?.value).to.equal('worries');
    expect(root.textContent?.replace(/\s/g, ' ')).to.include('37 av 5 000 tegn');
  });

  it('Send puts contact.create in the outbox and removes the draft in one transaction', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db} .autosaveMs=${20}></sh-contact-page>`);
    const root = await ready(sut);
    type(sut, '#topic', 'law');
    type(sut, '#body', '  Hva sier loven?  ');
    (root.querySelector('#consent') as HTMLInputElement).click();
    await waitUntil(async () => (await db.contactDrafts.count()) === 1, 'draft not saved');
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'nothing queued');
    const [row] = await db.outbox.toArray();
    expect(row.kind).to.equal('contact.create');
    expect(row.payload).to.deep.equal({
      topic: 'law',
      body: 'Hva sier loven?',
      replyBy: 'pickup',
      publishConsent: true,
    });
    expect(await db.contactDrafts.count(), 'draft gone').to.equal(0);
    await waitUntil(
      () =>
        root.textContent?.includes('Sendes når du er på nett igjen') || root.textContent?.includes('Sender meldingen'),
      'no sending notice',
    );
  });

  it('keeps the draft when the outbox write fails (nothing half done)', async () => {
    await db.contactDrafts.put({
      id: 'contact',
      topic: 'health',
      body: 'Tekst',
      replyBy: 'pickup',
      email: '',
      publishConsent: false,
      updatedAt: new Date().toISOString(),
    });
    const taken = crypto.randomUUID();
    await db.outbox.add({
      id: taken,
      kind: 'visit.record',
      payload: {},
      createdAt: '2026-01-01',
      state: 'queued',
      attempts: 0,
    });
    const original = crypto.randomUUID.bind(crypto);
    crypto.randomUUID = () => taken;
    try {
      const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
      const root = await ready(sut);
      await waitUntil(() => root.querySelector('textarea')?.value === 'Tekst', 'draft not loaded');
      const { sendContact } = await import('../../data/contact.js');
      let failed = false;
      await sendContact((await db.contactDrafts.get('contact'))!, db).catch(() => (failed = true));
      expect(failed, 'the add failed').to.equal(true);
    } finally {
      crypto.randomUUID = original;
    }
    expect(await db.contactDrafts.count(), 'draft still there').to.equal(1);
    expect(await db.outbox.count()).to.equal(1);
  });

  it('asks for an address only with e-mail, and checks it before sending', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    type(sut, '#topic', 'other');
    type(sut, '#body', 'Hei');
    root.querySelector<HTMLInputElement>('input[value="email"]')?.click();
    await waitUntil(() => root.querySelector('#email'), 'address field not shown');
    type(sut, '#email', 'ikke-en-adresse');
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown');
    expect(root.querySelector('[role="alert"]')?.textContent).to.include('E-postadressen ser ikke riktig ut');
    expect(await db.outbox.count()).to.equal(0);
  });

  it('shows the pick-up code once it arrives, keeps it in Mine samtaler, and not again after it is written down', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    type(sut, '#topic', 'buying-sex');
    type(sut, '#body', 'Et spørsmål');
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'nothing queued');
    const [row] = await db.outbox.toArray();
    const { fetchFn } = stubFetch(() => ({
      results: [
        {
          id: row.id,
          status: 'applied',
          result: { conversationId: 'c1', pickupCode: 'ABCD-EFGH-JKMN-PQRS' },
        },
      ],
    }));
    await pushOutbox({ db, fetchFn });
    expect(await db.outbox.count(), 'outbox row gone').to.equal(0);
    const stored = await db.contactConversations.get('c1');
    expect(stored).to.include({ code: 'ABCDEFGHJKMNPQRS', topic: 'buying-sex', mutationId: row.id, codeShown: false });
    await waitUntil(() => root.querySelector('sh-pickup-code'), 'code not shown');
    const code = root.querySelector('sh-pickup-code')?.shadowRoot?.textContent ?? '';
    expect(code).to.include('ABCD');
    expect(code).to.include('PQRS');
    expect(root.textContent).to.include('Skriv ned koden');
    await expect(sut).to.be.accessible();

    [...root.querySelectorAll<HTMLButtonElement>('.code-box button')]
      .find((b) => b.textContent?.includes('skrevet ned'))
      ?.click();
    await waitUntil(async () => (await db.contactConversations.get('c1'))?.codeShown === true, 'not marked as shown');
    await waitUntil(() => !root.querySelector('sh-pickup-code'), 'code still shown');
    sut.remove();
    const again = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root2 = await ready(again);
    expect(root2.querySelector('sh-pickup-code'), 'the code is not shown a second time').to.equal(null);
  });

  it('puts a refused message back as the draft with the reason', async () => {
    await db.outbox.add({
      id: 'm1',
      kind: 'contact.create',
      payload: { topic: 'health', body: 'Tekst', replyBy: 'pickup' },
      createdAt: '2026-11-29T10:00:00.000Z',
      state: 'queued',
      attempts: 0,
    });
    const { fetchFn } = stubFetch(() => ({
      results: [{ id: 'm1', status: 'rejected', error: { code: 'validation', message: 'body must be shorter' } }],
    }));
    await pushOutbox({ db, fetchFn });
    expect(await db.outbox.count()).to.equal(0);
    const draft = await db.contactDrafts.get('contact');
    expect(draft?.body).to.equal('Tekst');
    expect(draft?.serverError?.message).to.equal('body must be shorter');
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    await waitUntil(() => root.textContent?.includes('body must be shorter'), 'reason not shown');
  });
});
