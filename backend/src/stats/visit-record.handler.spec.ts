import { describe, expect, it } from 'vitest';
import type { CampaignsRepository } from '../campaigns/campaigns.repository';
import { osloDay } from '../common/oslo-day';
import type { StatsRepository } from './stats.repository';
import { VisitRecordHandler } from './visit-record.handler';
import type { MutationContext } from '../sync/mutation-handler';

// The handler only reaches the database after its checks; a context without a usable em proves
// the refusals happen before any write.
const noDatabase = { em: undefined } as unknown as MutationContext;

describe(VisitRecordHandler.name, () => {
  describe('osloDay', () => {
    it('follows the Norwegian calendar, not UTC, in winter and summer time', () => {
      expect(osloDay(new Date('2026-11-29T22:59:00Z'))).toBe('2026-11-29');
      expect(osloDay(new Date('2026-11-29T23:01:00Z'))).toBe('2026-11-30');
      expect(osloDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
      expect(osloDay(new Date('2026-06-30T22:01:00Z'))).toBe('2026-07-01');
    });
  });

  describe('apply', () => {
    // No repositories: every case here is refused before the handler counts anything.
    const lateEvening = new VisitRecordHandler(
      {} as StatsRepository,
      {} as CampaignsRepository,
      () => new Date('2026-11-29T23:30:00Z'),
    );

    it('refuses the day after Oslo today', async () => {
      await expect(lateEvening.apply(noDatabase, { day: '2026-12-01' })).rejects.toMatchObject({
        code: 'visit_in_future',
      });
    });

    it('refuses a day more than 7 days back', async () => {
      await expect(lateEvening.apply(noDatabase, { day: '2026-11-22' })).rejects.toMatchObject({
        code: 'visit_too_old',
      });
    });

    it('refuses a date that does not exist', async () => {
      await expect(lateEvening.apply(noDatabase, { day: '2026-11-31' })).rejects.toMatchObject({ code: 'validation' });
    });
  });
});
