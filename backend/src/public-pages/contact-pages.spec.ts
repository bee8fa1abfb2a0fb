import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPagesApp, pageDataOf, phoneBoxOf } from '../../test/public-pages.kit';
import type { TestApp } from '../../test/test-app';
import { DEMO_PHONE_LINE, PhoneService } from '../phone/phone.service';
import { ContentPages } from './content-pages';
import { PublicPagesService } from './public-pages.service';

// The phone box on / and /kontakt follows the clock: drawn for the moment, kept per moment.
describe('ContentPages phone status', () => {
  let sut: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => sut.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    sut = await createPagesApp();
  });
  afterAll(async () => sut.close());

  describe('the phone status on / and /kontakt', () => {
    // Tuesday 24 November 2026; the line is open on Tuesdays and Thursdays 17:00–21:00 Oslo time (UTC+1).
    const beforeOpening = new Date('2026-11-24T15:59:30Z');
    const afterOpening = new Date('2026-11-24T16:00:30Z');
    const pages = () => sut.app.get(ContentPages);

    beforeAll(async () => {
      await sut.app.get(PhoneService).updatePhoneLine(DEMO_PHONE_LINE);
    });
    afterEach(() => {
      pages().now = () => new Date();
    });

    it('/kontakt flips from closed to open when the clock passes an opening, with a new ETag', async () => {
      const render = vi.spyOn(sut.app.get(PublicPagesService), 'render');
      pages().now = () => beforeOpening;
      const closed = await get('/kontakt');
      expect(phoneBoxOf(closed.body)).toBe(
        'Ring oss: +47 22 00 00 00 Stengt nå. Neste åpning: i dag kl. 17:00 ' + DEMO_PHONE_LINE.note,
      );
      const tag = String(closed.headers.etag);
      expect((await get('/kontakt', { 'if-none-match': tag })).statusCode).toBe(304);

      pages().now = () => afterOpening;
      const open = await get('/kontakt', { 'if-none-match': tag });
      expect(open.statusCode).toBe(200);
      expect(phoneBoxOf(open.body)).toBe('Ring oss: +47 22 00 00 00 Åpen nå, til kl. 21:00 ' + DEMO_PHONE_LINE.note);
      expect(open.body).toContain('<p class="open" role="status">');
      expect(open.body).toContain('href="tel:+4722000000"');
      expect(open.headers.etag).not.toBe(tag);
      // Kept per moment: the open page again from the cache; a minute later it is still the same moment.
      pages().now = () => new Date(afterOpening.getTime() + 60_000);
      expect((await get('/kontakt')).body).toBe(open.body);
      expect(render).toHaveBeenCalledTimes(2);
      render.mockRestore();
    });

    it('says the next opening as the app does: tomorrow, a weekday, or a date', async () => {
      pages().now = () => new Date('2026-11-23T12:00:00Z'); // Monday
      expect(phoneBoxOf((await get('/kontakt')).body)).toContain('Stengt nå. Neste åpning: i morgen kl. 17:00');
      pages().now = () => new Date('2026-11-27T12:00:00Z'); // Friday
      expect(phoneBoxOf((await get('/kontakt')).body)).toContain('Stengt nå. Neste åpning: tirsdag kl. 17:00');
      pages().now = () => new Date('2026-12-22T21:00:00Z'); // Tuesday night; the 24th and the 31st are closed
      expect(phoneBoxOf((await get('/kontakt')).body)).toContain('Stengt nå. Neste åpning: 29. desember kl. 17:00');
    });

    it("/kontakt draws the app's form for readers with JavaScript only, and keeps the notice and the hours for the others", async () => {
      const body = (await get('/kontakt')).body;
      expect(body).toContain('<form class="ssr-js-only" novalidate aria-labelledby="form-heading" inert>');
      expect(body).toContain('Dette skjer med det du skriver');
      expect(body).toMatch(/<span id="body-count">0 av 5\u00a0000 tegn<\/span>/);
      const noscript = (/<noscript>\s*<div class="notice">([\s\S]*?)<\/noscript>/.exec(body)?.[1] ?? '').replace(
        /\s+/g,
        ' ',
      );
      expect(noscript).toContain('Skjemaet for å skrive til oss trenger JavaScript');
      expect(noscript).toContain('tirsdag: 17:00–21:00');
      expect(noscript).toContain('torsdag: 17:00–21:00');
      // The phone box is for everyone; the form's order is the app's: box, facts, form, the Q&A link.
      const order = ['class="phone-status"', 'class="facts"', '<noscript>', '<form', 'href="/sporsmal-og-svar"'];
      const at = order.map((part) => body.indexOf(part, body.indexOf('id="sh-ssr"')));
      expect(at.every((position) => position > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });

    it('the start page shows the phone box and carries the phone row for the app to draw the same', async () => {
      pages().now = () => afterOpening;
      const body = (await get('/')).body;
      expect(phoneBoxOf(body)).toContain('Åpen nå, til kl. 21:00');
      const help = body.slice(body.indexOf('<section class="help"'));
      expect(help.indexOf('class="phone-status"')).toBeGreaterThan(0);
      const phone = pageDataOf(body).changes.find((change) => change.entity === 'phoneHours');
      expect(phone?.op).toBe('upsert');
      expect(phone?.data).toMatchObject({ number: DEMO_PHONE_LINE.number, hours: DEMO_PHONE_LINE.hours });
      expect(pageDataOf((await get('/kontakt')).body).changes.map((change) => change.entity)).toEqual(['phoneHours']);
    });
  });
});
