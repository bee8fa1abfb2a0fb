import { PHONE_HOURS_ID, phoneStatus, type PhoneInfoDto, type PullResponse } from '@sexhandel/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedIn } from '../../test/factories/account.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PHONE_LINE, PhoneService } from './phone.service';

const LINE = {
  number: '+47 22 33 44 55',
  hours: [
    { weekday: 4, opens: '17:00', closes: '21:00' },
    { weekday: 2, opens: '17:00', closes: '21:00' },
  ],
  closedDates: ['2026-12-24'],
  note: 'Anonymt.',
};

describe(PhoneService.name, () => {
  let sut: TestApp;
  let editor: Awaited<ReturnType<typeof createSignedIn>>;

  beforeAll(async () => {
    sut = await createTestApp();
    editor = await createSignedIn(sut, { roles: ['editor'] });
  });
  afterAll(async () => sut.close());
  beforeEach(async () => {
    await sut.sql('delete from phone_line');
    await sut.sql('delete from sync_change');
  });

  const put = (payload: object, headers: Record<string, string> = editor.headers) =>
    sut.app.inject({ method: 'PUT', url: '/api/admin/phone', headers, payload });

  describe('getPhoneInfo', () => {
    it('answers an empty line before an editor set one', async () => {
      const response = await sut.app.inject({ method: 'GET', url: '/api/phone' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        number: '',
        hours: [],
        closedDates: [],
        note: '',
        openNow: false,
        closesAt: null,
        nextOpening: null,
      });
    });

    it('answers number, hours, closed dates and the shared phoneStatus() for now', async () => {
      await put(LINE);
      const response = await sut.app.inject({ method: 'GET', url: '/api/phone' });
      const info = response.json<PhoneInfoDto>();
      expect(info).toMatchObject({ number: LINE.number, closedDates: ['2026-12-24'], note: 'Anonymt.' });
      expect(info.hours.map((h) => h.weekday)).toEqual([2, 4]);
      const expected = phoneStatus(info.hours, info.closedDates, new Date());
      expect(info.openNow).toBe(expected.openNow);
      expect(info.nextOpening).toBe(expected.nextOpening);
    });

    it('computes for a given moment', async () => {
      await put(LINE);
      expect(await sut.app.get(PhoneService).getPhoneInfo(new Date('2026-11-24T17:00:00Z'))).toMatchObject({
        openNow: true,
        nextOpening: '2026-11-26T16:00:00.000Z',
      });
    });
  });

  describe('updatePhoneLine', () => {
    it('saves and records one phoneHours change for devices to pull', async () => {
      expect((await put(LINE)).statusCode).toBe(200);
      expect((await put({ ...LINE, number: '22334456' })).statusCode).toBe(200);
      const pull = await sut.app.inject({ method: 'GET', url: '/api/sync/pull' });
      const changes = pull.json<PullResponse>().changes.filter((c) => c.entity === 'phoneHours');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        op: 'upsert',
        id: PHONE_HOURS_ID,
        data: { id: PHONE_HOURS_ID, number: '22334456' },
      });
    });

    const bad: [string, object][] = [
      ['a time that is not HH:MM', { ...LINE, hours: [{ weekday: 2, opens: '5pm', closes: '21:00' }] }],
      ['an hour past 24', { ...LINE, hours: [{ weekday: 2, opens: '17:00', closes: '25:00' }] }],
      ['closing before opening', { ...LINE, hours: [{ weekday: 2, opens: '21:00', closes: '17:00' }] }],
      ['closing when opening', { ...LINE, hours: [{ weekday: 2, opens: '17:00', closes: '17:00' }] }],
      ['weekday 0', { ...LINE, hours: [{ weekday: 0, opens: '17:00', closes: '21:00' }] }],
      ['weekday 8', { ...LINE, hours: [{ weekday: 8, opens: '17:00', closes: '21:00' }] }],
      ['a date that does not exist', { ...LINE, closedDates: ['2026-02-30'] }],
      ['a date in another format', { ...LINE, closedDates: ['24.12.2026'] }],
      ['a number that is not Norwegian', { ...LINE, number: '+46 70 123 45 67' }],
      ['a number with letters', { ...LINE, number: 'call us' }],
      ['an unknown field', { ...LINE, colour: 'red' }],
    ];
    for (const [name, payload] of bad) {
      it(`answers 400 for ${name} and changes nothing`, async () => {
        const response = await put(payload);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ statusCode: 400, message: expect.anything() });
        expect(await sut.sql('select * from phone_line')).toHaveLength(0);
        expect(await sut.sql('select * from sync_change')).toHaveLength(0);
      });
    }

    it('is for editors only', async () => {
      const member = await createSignedIn(sut);
      const counsellor = await createSignedIn(sut, { roles: ['counsellor'] });
      expect((await sut.app.inject({ method: 'PUT', url: '/api/admin/phone', payload: LINE })).statusCode).toBe(401);
      expect((await put(LINE, member.headers)).statusCode).toBe(403);
      expect((await put(LINE, counsellor.headers)).statusCode).toBe(403);
    });
  });

  describe('seedPhoneLineIfEmpty', () => {
    it('puts the demo hours on an empty database, once', async () => {
      const service = sut.app.get(PhoneService);
      expect(await service.seedPhoneLineIfEmpty()).toBe(true);
      expect(await service.seedPhoneLineIfEmpty()).toBe(false);
      expect(await service.getPhoneInfo()).toMatchObject({
        number: DEMO_PHONE_LINE.number,
        hours: DEMO_PHONE_LINE.hours,
      });
    });
  });
});
