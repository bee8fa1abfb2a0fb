import { phoneStatus, phoneTelUri, type PhoneHoursDto } from '@sexhandel/shared';
import { describe, expect, it } from 'vitest';

// Tuesday and Thursday evenings, as in the demo.
const evenings: PhoneHoursDto[] = [
  { weekday: 2, opens: '17:00', closes: '21:00' },
  { weekday: 4, opens: '17:00', closes: '21:00' },
];

const at = (iso: string) => new Date(iso);

describe('phoneStatus', () => {
  describe('weekdays (winter, UTC+1)', () => {
    it('is open on Tuesday at 18:00 Oslo time, until 21:00, next opening Thursday 17:00', () => {
      expect(phoneStatus(evenings, [], at('2026-11-24T17:00:00Z'))).toEqual({
        openNow: true,
        closesAt: '2026-11-24T20:00:00.000Z',
        nextOpening: '2026-11-26T16:00:00.000Z',
      });
    });

    it('opens at 17:00 sharp and is closed at 21:00 sharp', () => {
      expect(phoneStatus(evenings, [], at('2026-11-24T15:59:00Z'))).toMatchObject({
        openNow: false,
        nextOpening: '2026-11-24T16:00:00.000Z',
      });
      expect(phoneStatus(evenings, [], at('2026-11-24T16:00:00Z')).openNow).toBe(true);
      expect(phoneStatus(evenings, [], at('2026-11-24T20:00:00Z'))).toEqual({
        openNow: false,
        closesAt: null,
        nextOpening: '2026-11-26T16:00:00.000Z',
      });
    });

    it('from Friday points to next Tuesday, across the week end', () => {
      expect(phoneStatus(evenings, [], at('2026-11-27T12:00:00Z')).nextOpening).toBe('2026-12-01T16:00:00.000Z');
    });

    it('has no next opening without hours', () => {
      expect(phoneStatus([], [], at('2026-11-27T12:00:00Z'))).toEqual({
        openNow: false,
        closesAt: null,
        nextOpening: null,
      });
    });
  });

  describe('midnight', () => {
    it('uses the Oslo weekday, not the UTC one (Tuesday 00:30 in Oslo is Monday 23:30 UTC)', () => {
      const earlyTuesday: PhoneHoursDto[] = [{ weekday: 2, opens: '00:00', closes: '01:00' }];
      expect(phoneStatus(earlyTuesday, [], at('2026-11-23T23:30:00Z'))).toMatchObject({
        openNow: true,
        closesAt: '2026-11-24T00:00:00.000Z',
      });
    });

    it('handles a period until 24:00 followed by one from 00:00 the next day', () => {
      const lateFriday: PhoneHoursDto[] = [
        { weekday: 5, opens: '20:00', closes: '24:00' },
        { weekday: 6, opens: '00:00', closes: '02:00' },
      ];
      expect(phoneStatus(lateFriday, [], at('2026-11-27T22:59:00Z'))).toEqual({
        openNow: true,
        closesAt: '2026-11-27T23:00:00.000Z',
        nextOpening: '2026-11-27T23:00:00.000Z',
      });
      expect(phoneStatus(lateFriday, [], at('2026-11-27T23:30:00Z'))).toMatchObject({
        openNow: true,
        closesAt: '2026-11-28T01:00:00.000Z',
      });
      expect(phoneStatus(lateFriday, [], at('2026-11-28T01:00:00Z'))).toMatchObject({
        openNow: false,
        nextOpening: '2026-12-04T19:00:00.000Z',
      });
    });
  });

  describe('closed dates', () => {
    it('skips a closed Tuesday to Thursday', () => {
      expect(phoneStatus(evenings, ['2026-11-24'], at('2026-11-23T12:00:00Z')).nextOpening).toBe(
        '2026-11-26T16:00:00.000Z',
      );
    });

    it('is not open during the hours of a closed date', () => {
      expect(phoneStatus(evenings, ['2026-11-24'], at('2026-11-24T17:00:00Z'))).toMatchObject({ openNow: false });
    });

    it('skips several closed dates in a row (Christmas)', () => {
      expect(phoneStatus(evenings, ['2026-12-22', '2026-12-24'], at('2026-12-21T12:00:00Z')).nextOpening).toBe(
        '2026-12-29T16:00:00.000Z',
      );
    });
  });

  describe('daylight saving time in Europe/Oslo', () => {
    it('spring (2026-03-29): 17:00 is 16:00Z before and 15:00Z after the change', () => {
      expect(phoneStatus(evenings, [], at('2026-03-25T12:00:00Z')).nextOpening).toBe('2026-03-26T16:00:00.000Z');
      expect(phoneStatus(evenings, [], at('2026-03-27T12:00:00Z')).nextOpening).toBe('2026-03-31T15:00:00.000Z');
    });

    it('spring: a Sunday morning period is counted in summer time on the day of the change', () => {
      const sunday: PhoneHoursDto[] = [{ weekday: 7, opens: '10:00', closes: '12:00' }];
      expect(phoneStatus(sunday, [], at('2026-03-28T21:00:00Z')).nextOpening).toBe('2026-03-29T08:00:00.000Z');
    });

    it('spring: a night period across the skipped hour starts in winter time and ends in summer time', () => {
      const night: PhoneHoursDto[] = [{ weekday: 7, opens: '01:00', closes: '04:00' }];
      expect(phoneStatus(night, [], at('2026-03-29T01:30:00Z'))).toMatchObject({
        openNow: true,
        closesAt: '2026-03-29T02:00:00.000Z',
      });
      expect(phoneStatus(night, [], at('2026-03-28T23:59:00Z')).nextOpening).toBe('2026-03-29T00:00:00.000Z');
    });

    it('autumn (2026-10-25): 17:00 is 15:00Z before and 16:00Z after the change', () => {
      expect(phoneStatus(evenings, [], at('2026-10-21T12:00:00Z')).nextOpening).toBe('2026-10-22T15:00:00.000Z');
      expect(phoneStatus(evenings, [], at('2026-10-23T12:00:00Z')).nextOpening).toBe('2026-10-27T16:00:00.000Z');
    });

    it('autumn: the repeated hour is read as winter time and a night period lasts until 04:00 winter time', () => {
      const night: PhoneHoursDto[] = [{ weekday: 7, opens: '02:00', closes: '04:00' }];
      expect(phoneStatus(night, [], at('2026-10-25T01:30:00Z'))).toMatchObject({
        openNow: true,
        closesAt: '2026-10-25T03:00:00.000Z',
      });
    });

    it('is right whatever zone the process runs in (it never reads the local zone)', () => {
      const previous = process.env.TZ;
      process.env.TZ = 'America/Los_Angeles';
      try {
        expect(phoneStatus(evenings, [], at('2026-11-24T17:00:00Z')).openNow).toBe(true);
      } finally {
        process.env.TZ = previous;
      }
    });
  });
});

describe('phoneTelUri', () => {
  it('makes an international tel: link from the ways editors write numbers', () => {
    expect(phoneTelUri('+47 22 33 44 55')).toBe('tel:+4722334455');
    expect(phoneTelUri('22 33 44 55')).toBe('tel:+4722334455');
    expect(phoneTelUri('0047 22334455')).toBe('tel:+4722334455');
  });
});
