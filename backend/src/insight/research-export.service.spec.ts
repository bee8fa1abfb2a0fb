import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccountExportDto,
  AuditPageDto,
  ResearchConsentDto,
  ResearchDictionaryDto,
  ResearchPostRecord,
} from '@sexhandel/shared';
import { createSignedIn, type CreatedAccount, type SignedInClient } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { aliasReplacer, ResearchExportService } from './research-export.service';
import { ResearchConsentService } from './research-consent.service';

type Client = SignedInClient & CreatedAccount;

describe(ResearchExportService.name, () => {
  let sut: TestApp;
  let admin: Client;
  let anna: Client;
  let bjorn: Client;
  let carl: Client;
  let annaThread: string;
  let carlThread: string;

  /** Inserts a post straight into the table (no posting rules), one second after the last. */
  let clock = Date.now() - 3_600_000;
  async function insertPost(
    threadId: string,
    author: Client,
    body: string,
    extra: { status?: string; staffVoice?: boolean } = {},
  ): Promise<string> {
    const id = randomUUID();
    clock += 1000;
    await sut.sql(
      `insert into post (id, thread_id, author_id, body, fingerprint, created_at, status, staff_voice) values (?, ?, ?, ?, md5(?), ?, ?, ?)`,
      [
        id,
        threadId,
        author.account.id,
        body,
        id,
        new Date(clock),
        extra.status ?? 'published',
        extra.staffVoice ?? false,
      ],
    );
    return id;
  }

  async function insertThreadOf(author: Client, title: string): Promise<string> {
    const id = randomUUID();
    await sut.sql(
      `insert into thread (id, title, author_id, created_at, last_activity_at, post_count) values (?, ?, ?, now(), now(), 0)`,
      [id, title, author.account.id],
    );
    return id;
  }

  async function setConsent(
    who: Client,
    consent: boolean,
    headers: Record<string, string> = who.headers,
  ): Promise<{ status: number; body: ResearchConsentDto }> {
    const response = await sut.app.inject({
      method: 'PUT',
      url: '/api/account/research-consent',
      headers,
      payload: { consent },
    });
    return { status: response.statusCode, body: response.json<ResearchConsentDto>() };
  }

  async function exportJsonl(): Promise<ResearchPostRecord[]> {
    const response = await sut.app.inject({
      url: '/api/admin/research-export?format=jsonl',
      headers: { ...admin.headers },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="sexhandel-forskning-\d{4}-\d{2}-\d{2}\.jsonl"$/,
    );
    return response.body
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as ResearchPostRecord);
  }

  beforeAll(async () => {
    sut = await createTestApp();
    admin = await createSignedIn(sut, { roles: ['admin'] });
    anna = await createSignedIn(sut, { alias: 'AnnaSkriver' });
    bjorn = await createSignedIn(sut, { alias: 'Bjorn_42' });
    carl = await createSignedIn(sut, { alias: 'carl.uten' });
    annaThread = await insertThreadOf(anna, 'Annas spørsmål til Bjorn_42');
    carlThread = await insertThreadOf(carl, 'Carls tråd');
    await insertPost(annaThread, anna, 'Hei @bjorn_42 og @Carl.uten, jeg heter AnnaSkriver.');
    await insertPost(annaThread, bjorn, 'Svar til annaskriver: takk.');
    await insertPost(annaThread, carl, 'Carl har ikke sagt ja.');
    await insertPost(carlThread, anna, 'Anna svarer i Carls tråd.');
    await insertPost(carlThread, anna, 'Dette innlegget er fjernet.', { status: 'removed' });
    await insertPost(carlThread, anna, 'Dette venter på en moderator.', { status: 'hidden' });
    await insertPost(carlThread, anna, 'Redaksjonen skriver.', { staffVoice: true });
  });
  afterAll(async () => sut.close());

  describe(ResearchConsentService.name, () => {
    it('is off by default and can be given and withdrawn', async () => {
      const initial = await sut.app.inject({ url: '/api/account/research-consent', headers: { ...anna.headers } });
      expect(initial.json()).toEqual({ consent: false, givenAt: null });
      const given = await setConsent(anna, true);
      expect(given.status).toBe(200);
      expect(given.body.consent).toBe(true);
      expect(Date.parse(given.body.givenAt ?? '')).not.toBeNaN();
      expect((await setConsent(anna, true)).body.givenAt).toBe(given.body.givenAt);
      expect((await setConsent(anna, false)).body).toEqual({ consent: false, givenAt: null });
    });

    it('refuses bad input, a missing CSRF header and anonymous callers without changing anything', async () => {
      for (const payload of [{}, { consent: 'yes' }, { consent: true, extra: 1 }]) {
        const response = await sut.app.inject({
          method: 'PUT',
          url: '/api/account/research-consent',
          headers: { ...carl.headers },
          payload,
        });
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      }
      expect((await setConsent(carl, true, { cookie: carl.headers.cookie })).status).toBe(403);
      expect(
        (await sut.app.inject({ method: 'PUT', url: '/api/account/research-consent', payload: { consent: true } }))
          .statusCode,
      ).toBe(401);
      expect(
        await sut.sql('select 1 from account where id = ? and research_consent_at is not null', [carl.account.id]),
      ).toHaveLength(0);
    });

    it('is part of the account data download', async () => {
      await setConsent(bjorn, true);
      const data = (
        await sut.app.inject({ url: '/api/account/export', headers: { ...bjorn.headers } })
      ).json<AccountExportDto>();
      expect(Date.parse(data.profile.researchConsentAt ?? '')).not.toBeNaN();
      await setConsent(bjorn, false);
    });
  });

  describe('exportPosts', () => {
    it('exports only published posts of consenting members, with stable pseudonyms instead of aliases', async () => {
      await setConsent(anna, true);
      await setConsent(bjorn, true);
      const first = await exportJsonl();
      const second = await exportJsonl();
      expect(second).toEqual(first);
      expect(first.map((record) => record.body)).toEqual([
        expect.stringMatching(/^Hei @M[0-9A-F]{16} og @M[0-9A-F]{16}, jeg heter M[0-9A-F]{16}\.$/),
        expect.stringMatching(/^Svar til M[0-9A-F]{16}: takk\.$/),
        'Anna svarer i Carls tråd.',
      ]);
      const [annaCode, bjornCode] = [first[0]?.authorCode, first[1]?.authorCode];
      expect(annaCode).toMatch(/^M[0-9A-F]{16}$/);
      expect(bjornCode).not.toBe(annaCode);
      expect(first[2]?.authorCode).toBe(annaCode);
      expect(first[0]?.body).toBe(
        `Hei @${bjornCode} og @${sut.app.get(ResearchExportService).pseudonymOf(carl.account.id)}, jeg heter ${annaCode}.`,
      );
      const text = JSON.stringify(first);
      for (const person of [anna, bjorn, carl]) {
        expect(text.toLowerCase()).not.toContain(person.alias.toLowerCase());
        expect(text).not.toContain(person.account.id);
      }
      // Anna started her thread and consents: its title is kept (with the alias replaced); Carl's is not.
      expect(first[0]?.threadTitle).toBe(`Annas spørsmål til ${bjornCode}`);
      expect(first[2]?.threadTitle).toBeNull();
      expect(text).not.toMatch(/fjernet|venter på en moderator|Redaksjonen skriver|Carl har ikke sagt ja/);
    });

    it('leaves out the posts of a member who withdrew, from the next export on', async () => {
      await setConsent(anna, true);
      await setConsent(bjorn, true);
      const before = await exportJsonl();
      expect(before).toHaveLength(3);
      await setConsent(bjorn, false);
      const after = await exportJsonl();
      expect(after.map((record) => record.postId)).toEqual(
        before.filter((record) => !record.body.startsWith('Svar til')).map((record) => record.postId),
      );
    });

    it('downloads CSV with the dictionary fields as header', async () => {
      await setConsent(anna, true);
      const response = await sut.app.inject({
        url: '/api/admin/research-export?format=csv',
        headers: { ...admin.headers },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const dictionary = (
        await sut.app.inject({ url: '/api/admin/research-export/dictionary', headers: { ...admin.headers } })
      ).json<ResearchDictionaryDto>();
      const [header] = response.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(header).toBe(dictionary.fields.map((field) => field.field).join(','));
    });

    it('writes an audit entry for every download', async () => {
      const before = await sut.sql<{ n: string }>(
        `select count(*) as n from audit_entry where action = 'research.export'`,
      );
      await exportJsonl();
      const after = await sut.sql<{ n: string }>(
        `select count(*) as n from audit_entry where action = 'research.export'`,
      );
      expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) + 1);
      const log = (
        await sut.app.inject({ url: '/api/admin/audit', headers: { ...admin.headers } })
      ).json<AuditPageDto>();
      expect(log.items[0]).toMatchObject({ action: 'research.export', actorAlias: admin.alias, targetId: 'jsonl' });
    });

    it('refuses an unknown format and non-admins', async () => {
      expect(
        (await sut.app.inject({ url: '/api/admin/research-export?format=xml', headers: { ...admin.headers } }))
          .statusCode,
      ).toBe(400);
      expect(
        (await sut.app.inject({ url: '/api/admin/research-export', headers: { ...admin.headers } })).statusCode,
      ).toBe(400);
      expect(
        (await sut.app.inject({ url: '/api/admin/research-export?format=csv', headers: { ...anna.headers } }))
          .statusCode,
      ).toBe(403);
    });
  });

  describe('aliasReplacer', () => {
    it('replaces whole aliases in any case, longest first, and leaves other words alone', () => {
      const replace = aliasReplacer(
        new Map([
          ['ola', 'M1'],
          ['ola_n', 'M2'],
        ]),
      );
      expect(replace('Ola og @ola_n møtte Olav og cola.')).toBe('M1 og @M2 møtte Olav og cola.');
    });
  });
});
