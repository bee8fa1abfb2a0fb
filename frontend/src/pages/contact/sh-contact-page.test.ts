import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import Dexie from 'dexie';
import { AppDB } from '../../data/app-db.js';
import { pushOutbox } from '../../data/sync-client.js';
import { stubFetch, errorSummaryOf } from '../../test/fixtures.js';
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
    const { pickupCode, ...rest } = row.payload as { pickupCode: string };
    expect(rest).to.deep.equal({
      topic: 'law',
      body: 'Hva sier loven?',
      replyBy: 'pickup',
      publishConsent: true,
    });
    expect(pickupCode, 'a device-made code in the mutation').to.match(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/);
    expect(await db.contactDrafts.count(), 'draft gone').to.equal(0);
    await waitUntil(
      () =>
        root.textContent?.includes('sendes når du er på nett igjen') || root.textContent?.includes('Sender meldingen'),
      'no sending notice',
    );
  });

  it('makes codes of 80 random bits in the server alphabet, a different one each time', async () => {
    const { makePickupCode } = await import('../../data/contact.js');
    const codes = new Set(Array.from({ length: 200 }, () => makePickupCode()));
    expect(codes.size).to.equal(200);
    for (const code of codes) expect(code).to.match(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/);
    // Every symbol of the 32 turns up across 3200 draws (a biased or short alphabet would not).
    expect(new Set([...codes].join('')).size).to.equal(32);
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
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    expect(errorSummaryOf(root)?.textContent).to.include('E-postadressen ser ikke riktig ut');
    expect(errorSummaryOf(root)?.querySelector('a')?.getAttribute('href')).to.equal('#email');
    expect(root.querySelector('#email')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#email-error')?.textContent).to.include('E-postadressen ser ikke riktig ut');
    expect(await db.outbox.count()).to.equal(0);
  });

  it('lists every problem at once in the summary, each linked to its field', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(() => errorSummaryOf(root), 'no error shown');
    const links = [...(errorSummaryOf(root)?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#topic', '#body']);
    for (const id of ['topic', 'body'])
      expect(root.querySelector(`#${id}`)?.getAttribute('aria-invalid')).to.equal('true');
    await expect(sut).to.be.accessible();
    expect(await db.outbox.count()).to.equal(0);
  });

  async function sendPickup(sut: ShContactPage): Promise<{ root: ShadowRoot; id: string; code: string }> {
    const root = await ready(sut);
    type(sut, '#topic', 'buying-sex');
    type(sut, '#body', 'Et spørsmål');
    root.querySelector<HTMLButtonElement>('#send')?.click();
    await waitUntil(async () => (await db.outbox.count()) === 1, 'nothing queued');
    const [row] = await db.outbox.toArray();
    return { root, id: row.id, code: (row.payload as { pickupCode: string }).pickupCode };
  }

  const applied = (id: string) =>
    stubFetch(() => ({ results: [{ id, status: 'applied', result: { conversationId: 'c1' } }] }));

  it('shows the device-made code at Send, before anything reached the server, focused and accessible', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const { root, code } = await sendPickup(sut);
    await waitUntil(() => root.querySelector('sh-pickup-code'), 'code not shown at Send');
    const shown = root.querySelector('sh-pickup-code')?.shadowRoot?.textContent?.replace(/\s/g, '') ?? '';
    expect(shown).to.include(code.slice(0, 4));
    expect(shown).to.include(code.slice(12));
    expect(root.textContent).to.include('Skriv ned koden');
    expect(root.textContent).to.include('ikke lagret på denne enheten med mindre du velger det');
    await waitUntil(() => root.activeElement?.id === 'code-heading', 'focus not on the code');
    expect(await db.contactConversations.count(), 'nothing kept yet').to.equal(0);
    await expect(sut).to.be.accessible();
  });

  it('by default keeps nothing: written down before it was sent, the device forgets the code once it is', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const { root, id } = await sendPickup(sut);
    await waitUntil(() => root.querySelector('[data-choice="written"]'), 'no choice');
    root.querySelector<HTMLButtonElement>('[data-choice="written"]')?.click();
    await waitUntil(() => !root.querySelector('sh-pickup-code'), 'code still shown');
    expect(root.textContent).to.include('Koden er ikke lagret på denne enheten');
    await pushOutbox({ db, fetchFn: applied(id).fetchFn });
    expect(await db.outbox.count(), 'outbox row gone (with the code)').to.equal(0);
    expect(await db.contactConversations.count(), 'no conversation kept').to.equal(0);
    sut.remove();
    const again = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root2 = await ready(again);
    expect(root2.querySelector('sh-pickup-code'), 'the code is not shown again').to.equal(null);
  });

  it('holds an unchosen code after sending only until the person says it is written down', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const { root, id, code } = await sendPickup(sut);
    await pushOutbox({ db, fetchFn: applied(id).fetchFn });
    const held = await db.contactConversations.get('c1');
    expect(held).to.include({ code, mutationId: id, kept: false });
    const { listContactConversations } = await import('../../data/contact.js');
    expect(await listContactConversations(db), 'not in Mine samtaler').to.have.length(0);
    await waitUntil(() => root.textContent?.includes('Meldingen din er kommet fram'), 'not marked as arrived');
    root.querySelector<HTMLButtonElement>('[data-choice="written"]')?.click();
    await waitUntil(async () => (await db.contactConversations.count()) === 0, 'code still held');
  });

  it('keeps the conversation under Mine samtaler only when the person chooses to', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const { root, id, code } = await sendPickup(sut);
    await waitUntil(() => root.querySelector('[data-choice="keep"]'), 'no choice');
    root.querySelector<HTMLButtonElement>('[data-choice="keep"]')?.click();
    await waitUntil(() => root.textContent?.includes('Samtalen er lagret på denne enheten'), 'no confirmation');
    await pushOutbox({ db, fetchFn: applied(id).fetchFn });
    const { listContactConversations } = await import('../../data/contact.js');
    const kept = await listContactConversations(db);
    expect(kept.map((row) => [row.conversationId, row.code, row.kept])).to.deep.equal([['c1', code, true]]);
  });

  it('forgets a code nobody chose for after a day', async () => {
    const { dropStaleHeldCodes, HELD_CODE_MS } = await import('../../data/contact.js');
    const at = new Date();
    await db.contactConversations.bulkPut([
      {
        conversationId: 'old',
        code: 'A',
        topic: 'law',
        createdAt: new Date(at.getTime() - HELD_CODE_MS).toISOString(),
        mutationId: 'm1',
        codeShown: true,
        kept: false,
      },
      {
        conversationId: 'new',
        code: 'B',
        topic: 'law',
        createdAt: at.toISOString(),
        mutationId: 'm2',
        codeShown: true,
        kept: false,
      },
      {
        conversationId: 'kept',
        code: 'C',
        topic: 'law',
        createdAt: '2020-01-01T00:00:00.000Z',
        mutationId: 'm3',
        codeShown: true,
        kept: true,
      },
    ]);
    expect(await dropStaleHeldCodes(db, at)).to.equal(1);
    expect((await db.contactConversations.toCollection().primaryKeys()).sort()).to.deep.equal(['kept', 'new']);
  });

  it('after Send brings the code box into view with focus, and keeps it there when the message arrives', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <sh-contact-page .db=${db}></sh-contact-page>
        <div style="height: 3000px"></div>
      </div>`,
    );
    const sut = wrapper.querySelector('sh-contact-page') as ShContactPage;
    const root = await ready(sut);
    type(sut, '#topic', 'buying-sex');
    type(sut, '#body', 'Et spørsmål');
    const send = root.querySelector<HTMLButtonElement>('#send') as HTMLButtonElement;
    send.scrollIntoView({ block: 'end' });
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    };
    expect(inView(sut.shadowRoot!.querySelector('h1')!), 'the page top is scrolled away before Send').to.equal(false);
    send.click();
    // The device made the code, so the code box is the outcome at once, online or not.
    await waitUntil(() => root.activeElement?.id === 'code-heading', 'the code box heading is not focused');
    expect(inView(root.querySelector('#code-heading')!), 'code box in the viewport').to.equal(true);

    const [row] = await db.outbox.toArray();
    const { fetchFn } = stubFetch(() => ({
      results: [{ id: row.id, status: 'applied', result: { conversationId: 'c9' } }],
    }));
    await pushOutbox({ db, fetchFn });
    await waitUntil(
      () => (root.querySelector('.code-box [role="status"]')?.textContent ?? '').includes('kommet fram'),
      'the code box does not say the message arrived',
    );
    expect(root.activeElement?.id, 'focus stays on the code box').to.equal('code-heading');
    expect(inView(root.querySelector('#code-heading')!)).to.equal(true);
    await expect(sut).to.be.accessible();
  });

  it('turns Send off past the length limit and says by how much', async () => {
    const sut = await fixture<ShContactPage>(html`<sh-contact-page .db=${db}></sh-contact-page>`);
    const root = await ready(sut);
    type(sut, '#body', 'x'.repeat(5003));
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === true, 'Send still on');
    expect(root.querySelector('#send-blocked')?.textContent).to.contain('3 tegn for lang');
    type(sut, '#body', 'x'.repeat(5000));
    await waitUntil(() => root.querySelector<HTMLButtonElement>('#send')?.disabled === false, 'Send still off');
  });

  it('puts a refused message back as the draft with the reason', async () => {
    await db.outbox.add({
      id: 'm1',
      kind: 'contact.create',
      payload: { topic: 'health', body: 'Tekst', replyBy: 'pickup', pickupCode: 'ABCDEFGHJKMNPQRS' },
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
    await waitUntil(() => root.textContent?.includes('ble ikke godtatt'), 'reason not shown');
    expect(root.textContent, 'the server sentence is never shown').not.to.include('body must be shorter');
  });
});
