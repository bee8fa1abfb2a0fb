import type { CampaignDto } from '@sexhandel/shared';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedIn, type SignedInClient } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { PhoneService } from '../phone/phone.service';
import { osloDay } from '../common/oslo-day';
import { CARD_MESSAGE } from './campaign-print';
import { SHORT_LINK_EXIT_URL } from './short-link.controller';

const PHONE = '+47 21 09 87 65';

interface PdfText {
  pages: Array<{ width: number; height: number; text: string }>;
}

/** Page sizes (from the MediaBox) and the text of every page, read back with PDF.js. */
async function readPdf(body: Buffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(body),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: PdfText['pages'] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
      .join('')
      .replace(/[ \t]+/g, ' ');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await doc.destroy();
  return { pages };
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('campaigns', () => {
  let sut: TestApp;
  let admin: SignedInClient;

  const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    sut.app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

  async function create(payload: object = { name: 'Skolekort høst', channel: 'school' }): Promise<CampaignDto> {
    const response = await api('POST', '/api/admin/campaigns', payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CampaignDto>();
  }

  async function find(id: string): Promise<CampaignDto> {
    const list = (await api('GET', '/api/admin/campaigns')).json<CampaignDto[]>();
    const found = list.find((campaign) => campaign.id === id);
    if (!found) throw new Error(`campaign ${id} not listed`);
    return found;
  }

  const opensRows = (id: string) =>
    sut.sql<{ day: string; opens: number }>(
      `select to_char(day, 'YYYY-MM-DD') as day, opens from campaign_open where campaign_id = ?`,
      [id],
    );

  beforeAll(async () => {
    sut = await createTestApp({ PUBLIC_URL: 'https://sexhandel.example' });
    admin = await createSignedIn(sut, { roles: ['member', 'admin'] });
    await sut.app.get(PhoneService).updatePhoneLine({ number: PHONE, hours: [], closedDates: [], note: '' });
  });

  afterAll(async () => {
    await sut?.close();
  });

  describe('admin API', () => {
    it('creates a campaign with a short, unambiguous code and its full short link', async () => {
      const campaign = await create({ name: '  Annonse i Dagbladet  ', channel: 'print_ad', note: 'Uke 48' });
      expect(campaign).toMatchObject({
        name: 'Annonse i Dagbladet',
        channel: 'print_ad',
        note: 'Uke 48',
        archivedAt: null,
        opens: 0,
        visits: 0,
      });
      expect(campaign.code).toMatch(/^[abcdefghjkmnpqrstuvwxyz23456789]{6}$/);
      expect(campaign.shortUrl).toBe(`https://sexhandel.example/k/${campaign.code}`);
    });

    it('gives every campaign its own code', async () => {
      const codes = await Promise.all(Array.from({ length: 8 }, () => create().then((campaign) => campaign.code)));
      expect(new Set(codes).size).toBe(codes.length);
    });

    it.each([
      [{ channel: 'school' }, 'name'],
      [{ name: '   ', channel: 'school' }, 'name must be 1 to 80'],
      [{ name: 'x'.repeat(81), channel: 'school' }, 'name must be 1 to 80'],
      [{ name: 'Kort', channel: 'tv' }, 'channel must be one of school, print_ad, event, press, other'],
      [{ name: 'Kort', channel: 'school', note: 'n'.repeat(501) }, 'note can be at most 500'],
      [{ name: 'Kort', channel: 'school', code: 'abcdef' }, 'code'],
    ])('refuses %j with 400 and a message, and stores nothing', async (payload, message) => {
      const before = await sut.sql<{ n: number }>('select count(*)::int as n from campaign');
      const response = await api('POST', '/api/admin/campaigns', payload);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain(message);
      expect(await sut.sql('select count(*)::int as n from campaign')).toEqual(before);
    });

    it('updates name, channel and note but never the code', async () => {
      const campaign = await create();
      const response = await api('PATCH', `/api/admin/campaigns/${campaign.id}`, {
        name: 'Messe i Bergen',
        channel: 'event',
        note: '',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        id: campaign.id,
        name: 'Messe i Bergen',
        channel: 'event',
        note: '',
        code: campaign.code,
      });
      const withCode = await api('PATCH', `/api/admin/campaigns/${campaign.id}`, { code: 'zzzzzz' });
      expect(withCode.statusCode).toBe(400);
      expect((await find(campaign.id)).code).toBe(campaign.code);
      const badChannel = await api('PATCH', `/api/admin/campaigns/${campaign.id}`, { channel: 'radio' });
      expect(badChannel.statusCode).toBe(400);
      expect((await find(campaign.id)).channel).toBe('event');
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      for (const [id, status] of [
        ['00000000-0000-4000-8000-000000000000', 404],
        ['not-a-uuid', 400],
      ] as const) {
        expect((await api('PATCH', `/api/admin/campaigns/${id}`, { name: 'x' })).statusCode).toBe(status);
        expect((await api('POST', `/api/admin/campaigns/${id}/archive`)).statusCode).toBe(status);
        expect((await api('DELETE', `/api/admin/campaigns/${id}/archive`)).statusCode).toBe(status);
        for (const file of ['qr.svg', 'qr.png', 'card.pdf', 'sheet.pdf']) {
          expect((await api('GET', `/api/admin/campaigns/${id}/${file}`)).statusCode).toBe(status);
        }
      }
    });

    it('archives and restores, listing active campaigns first', async () => {
      const campaign = await create({ name: 'Arkiveres', channel: 'press' });
      const archived = await api('POST', `/api/admin/campaigns/${campaign.id}/archive`);
      expect(archived.statusCode).toBe(200);
      expect(archived.json<CampaignDto>().archivedAt).not.toBeNull();
      const list = (await api('GET', '/api/admin/campaigns')).json<CampaignDto[]>();
      expect(list.at(-1)?.id).toBe(campaign.id);
      const restored = await api('DELETE', `/api/admin/campaigns/${campaign.id}/archive`);
      expect(restored.json<CampaignDto>()).toMatchObject({ archivedAt: null, code: campaign.code });
    });
  });

  describe('short link /k/:code', () => {
    it('counts each open once, redirects to the start page with the code, and sets no cookie', async () => {
      const campaign = await create();
      for (let i = 0; i < 3; i++) {
        const response = await sut.app.inject({ method: 'GET', url: `/k/${campaign.code}` });
        expect(response.statusCode).toBe(302);
        expect(response.headers.location).toBe(`/?k=${campaign.code}`);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['set-cookie']).toBeUndefined();
      }
      expect(await opensRows(campaign.id)).toEqual([{ day: osloDay(new Date()), opens: 3 }]);
      expect((await find(campaign.id)).opens).toBe(3);
    });

    it('answers HEAD like GET without counting an open', async () => {
      const campaign = await create();
      const head = await sut.app.inject({ method: 'HEAD', url: `/k/${campaign.code}` });
      expect(head.statusCode).toBe(302);
      expect((await sut.app.inject({ method: 'HEAD', url: '/k/zzzzzz' })).statusCode).toBe(404);
      expect((await find(campaign.id)).opens).toBe(0);
    });

    it('matches the code in capitals too', async () => {
      const campaign = await create();
      const response = await sut.app.inject({ method: 'GET', url: `/k/${campaign.code.toUpperCase()}` });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe(`/?k=${campaign.code}`);
      expect((await find(campaign.id)).opens).toBe(1);
    });

    it('answers an unknown or malformed code with a Norwegian 404 page and counts nothing', async () => {
      const before = await sut.sql('select * from campaign_open order by campaign_id');
      for (const code of ['zzzzzz', 'abc', 'ab%20cd', 'x'.repeat(40), '%C3%A6%C3%B8%C3%A5']) {
        const response = await sut.app.inject({ method: 'GET', url: `/k/${code}` });
        expect(response.statusCode, code).toBe(404);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
        expect(response.body).toContain('<html lang="nb">');
        expect(response.body).toContain('<a href="/">');
        expect(response.body).not.toMatch(/<script|style=|<style/);
        expect(response.body).toContain('<link rel="stylesheet" href="/k/side.css">');
        expect(response.body).toContain(
          `<a class="exit" href="${SHORT_LINK_EXIT_URL}" rel="noreferrer">Forlat siden raskt</a>`,
        );
      }
      const css = await sut.app.inject({ method: 'GET', url: '/k/side.css' });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toMatch(/^text\/css/);
      expect(await sut.sql('select * from campaign_open order by campaign_id')).toEqual(before);
    });

    it('answers an archived code with 404 and counts nothing; restored, it counts again', async () => {
      const campaign = await create();
      await sut.app.inject({ method: 'GET', url: `/k/${campaign.code}` });
      await api('POST', `/api/admin/campaigns/${campaign.id}/archive`);
      const response = await sut.app.inject({ method: 'GET', url: `/k/${campaign.code}` });
      expect(response.statusCode).toBe(404);
      expect((await find(campaign.id)).opens).toBe(1);
      await api('DELETE', `/api/admin/campaigns/${campaign.id}/archive`);
      expect((await sut.app.inject({ method: 'GET', url: `/k/${campaign.code}` })).statusCode).toBe(302);
      expect((await find(campaign.id)).opens).toBe(2);
    });

    it('stores nothing but the day, the campaign and a number', async () => {
      const columns = await sut.sql<{ column_name: string }>(
        `select column_name from information_schema.columns where table_name = 'campaign_open' order by column_name`,
      );
      expect(columns.map((column) => column.column_name)).toEqual(['campaign_id', 'day', 'opens']);
    });

    it('lists the visits that came through the campaign', async () => {
      const campaign = await create();
      const day = osloDay(new Date());
      await sut.sql(
        `insert into visit_count (day, campaign, installed, visits) values (?, ?, false, 4), (?, ?, true, 2)`,
        [day, campaign.code, day, campaign.code],
      );
      expect((await find(campaign.id)).visits).toBe(6);
    });
  });

  describe('QR codes', () => {
    it('serves a PNG that decodes to the full short link', async () => {
      const campaign = await create();
      const response = await api('GET', `/api/admin/campaigns/${campaign.id}/qr.png`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="sexhandel-${campaign.code}-qr.png"`);
      const png = PNG.sync.read(response.rawPayload);
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data).toBe(`https://sexhandel.example/k/${campaign.code}`);
    });

    it('serves an SVG with a quiet zone', async () => {
      const campaign = await create();
      const response = await api('GET', `/api/admin/campaigns/${campaign.id}/qr.svg`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(response.headers['content-disposition']).toContain('attachment');
      expect(response.body).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
      // qrcode draws the light background over the whole box and starts the dark path 4 modules in.
      expect(response.body).toMatch(/<path[^>]*d="M4 4\.5h7/);
    });
  });

  describe('printable cards', () => {
    it('card.pdf is one page of 85 × 55 mm with the name, message, phone number and short link', async () => {
      const campaign = await create();
      const response = await api('GET', `/api/admin/campaigns/${campaign.id}/card.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="sexhandel-${campaign.code}-kort.pdf"`,
      );
      const { pages } = await readPdf(response.rawPayload);
      expect(pages).toHaveLength(1);
      expect(pages[0]?.width).toBeCloseTo(240.94, 1);
      expect(pages[0]?.height).toBeCloseTo(155.91, 1);
      const text = oneLine(pages[0]?.text ?? '');
      expect(text).toContain('Sexhandel');
      expect(text).toContain(`sexhandel.example/k/${campaign.code}`);
      expect(text).toContain(PHONE);
      expect(text).toContain(CARD_MESSAGE);
      expect(CARD_MESSAGE).toMatch(/[æøå]/);
    });

    it('sheet.pdf is one A4 portrait page with 10 cards', async () => {
      const campaign = await create();
      const response = await api('GET', `/api/admin/campaigns/${campaign.id}/sheet.pdf`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="sexhandel-${campaign.code}-kort-a4.pdf"`,
      );
      const { pages } = await readPdf(response.rawPayload);
      expect(pages).toHaveLength(1);
      expect(pages[0]?.width).toBeCloseTo(595.28, 1);
      expect(pages[0]?.height).toBeCloseTo(841.89, 1);
      const text = oneLine(pages[0]?.text ?? '');
      expect(count(text, `sexhandel.example/k/${campaign.code}`)).toBe(10);
      expect(count(text, PHONE)).toBe(10);
    });
  });
});
