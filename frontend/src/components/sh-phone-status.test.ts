import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { PHONE_HOURS_ID } from '@sexhandel/shared';
import Dexie from 'dexie';
import { AppDB } from '../data/app-db.js';
import type { ShPhoneStatus } from './sh-phone-status.js';
import './sh-phone-status.js';

describe('sh-phone-status', () => {
  let db: AppDB;

  beforeEach(async () => {
    db = new AppDB(`test-phone-${crypto.randomUUID()}`);
    // Tuesdays and Thursdays 17–21 Oslo time; Thursday 2026-12-24 closed.
    await db.phoneHours.put({
      id: PHONE_HOURS_ID,
      number: '+47 22 33 44 55',
      hours: [
        { weekday: 2, opens: '17:00', closes: '21:00' },
        { weekday: 4, opens: '17:00', closes: '21:00' },
      ],
      closedDates: ['2026-12-24'],
      note: '',
    });
  });

  afterEach(async () => {
    // Elements first: they may still write to the database as they leave.
    fixtureCleanup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    db.close();
    await Dexie.delete(db.name);
  });

  async function render(at: string): Promise<ShadowRoot> {
    const sut = await fixture<ShPhoneStatus>(
      html`<sh-phone-status .db=${db} .clock=${() => new Date(at)}></sh-phone-status>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('a'), 'number not shown');
    await expect(sut).to.be.accessible();
    return root;
  }

  it('shows the number as a tel: link and "Åpen nå" inside staffed hours (Oslo time)', async () => {
    // Tuesday 1 December 2026, 18:30 in Oslo (UTC+1).
    const root = await render('2026-12-01T17:30:00Z');
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('tel:+4722334455');
    expect(root.textContent).to.include('Åpen nå, til kl. 21:00');
  });

  it('shows when it opens next while closed', async () => {
    // Tuesday 1 December 2026, 22:00 in Oslo: next is Thursday 17:00.
    const root = await render('2026-12-01T21:00:00Z');
    expect(root.textContent).to.not.include('Åpen nå');
    expect(root.textContent).to.include('Neste åpning: torsdag kl. 17:00');
  });

  it('says "i dag" when it opens later the same day, and skips closed dates', async () => {
    const today = await render('2026-12-01T08:00:00Z');
    expect(today.textContent).to.include('Neste åpning: i dag kl. 17:00');
    // Wednesday 23 December: Thursday 24th is closed, so next is Tuesday 29th (six days on).
    const holiday = await render('2026-12-23T12:00:00Z');
    expect(holiday.textContent).to.include('Neste åpning: tirsdag kl. 17:00');
  });

  it('works again every refresh, so it opens without reloading', async () => {
    let now = new Date('2026-12-01T15:59:30Z');
    const sut = await fixture<ShPhoneStatus>(
      html`<sh-phone-status .db=${db} .clock=${() => now} .refreshMs=${30}></sh-phone-status>`,
    );
    const root = sut.shadowRoot as ShadowRoot;
    await waitUntil(() => root.textContent?.includes('Neste åpning'), 'closed first');
    now = new Date('2026-12-01T16:00:30Z');
    await waitUntil(() => root.textContent?.includes('Åpen nå'), 'did not open on the next tick');
  });
});
