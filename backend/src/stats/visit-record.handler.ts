import { Injectable } from '@nestjs/common';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { osloDay } from '../common/oslo-day';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { VisitRecordPayloadDto } from './dto/visit-record-payload.dto';
import { StatsRepository } from './stats.repository';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How far back a visit queued offline still counts. */
export const VISIT_MAX_AGE_DAYS = 7;

/** `visit.record`: adds one to a day's count. The device sends at most one per day; nothing identifies it. */
@Injectable()
export class VisitRecordHandler implements MutationHandler<VisitRecordPayloadDto, { counted: true }> {
  readonly kind = 'visit.record' as const;
  readonly payloadType = VisitRecordPayloadDto;
  readonly access = 'anyone' as const;

  constructor(
    private readonly stats: StatsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async apply({ em }: MutationContext, payload: VisitRecordPayloadDto): Promise<{ counted: true }> {
    const today = osloDay(this.now());
    const parsed = new Date(`${payload.day}T12:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== payload.day) {
      throw new MutationRejection('validation', 'day is not a real calendar date');
    }
    if (payload.day > today)
      throw new MutationRejection('visit_in_future', 'A visit cannot be recorded for a future day');
    if (payload.day < addDays(today, -VISIT_MAX_AGE_DAYS)) {
      throw new MutationRejection('visit_too_old', `Visits older than ${VISIT_MAX_AGE_DAYS} days are not counted`);
    }
    const campaign = await this.knownCampaign(em, payload.campaign);
    await this.stats.countVisit(em, {
      day: payload.day,
      campaign,
      installed: payload.installed ?? false,
    });
    return { counted: true };
  }

  /**
   * The campaign code to count the visit with: a code of an existing campaign (archived too: the
   * link may have been opened before it was archived), else '' so the visit still counts.
   */
  private async knownCampaign(em: MutationContext['em'], raw: string | undefined): Promise<string> {
    const code = raw?.toLowerCase();
    if (!code) return '';
    return (await this.campaigns.isKnownCode(em, code)) ? code : '';
  }
}
