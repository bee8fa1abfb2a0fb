import { EntityManager } from '@mikro-orm/postgresql';
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { PHONE_HOURS_ID, phoneStatus, type PhoneInfoDto, type PhoneLineDto, type ErrorCode } from '@sexhandel/shared';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import type { PhoneLineRequest } from './dto/phone.dto';
import { PhoneLine } from './phone-line.entity';
import { apiError } from '../common/api-error';

/** Demo hours for an empty installation. The number is a made-up demo number, not a real line. */
export const DEMO_PHONE_LINE: PhoneLineDto = {
  number: '+47 22 00 00 00', // DEMO ONLY: replace with the real number in the editor screens
  hours: [
    { weekday: 2, opens: '17:00', closes: '21:00' },
    { weekday: 4, opens: '17:00', closes: '21:00' },
  ],
  closedDates: ['2026-12-24', '2026-12-31'],
  note: 'Demo: du kan være anonym, og nummeret ditt vises ikke for oss.',
};

function phoneError(code: ErrorCode, message: string): HttpException {
  return apiError(HttpStatus.BAD_REQUEST, code, message);
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function isRealDate(day: string): boolean {
  const parsed = new Date(`${day}T12:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

function toLineDto(line: PhoneLine): PhoneLineDto {
  return { number: line.number, hours: line.hours, closedDates: line.closedDates, note: line.note };
}

/** The phone line: one row, written by editors, pulled by devices as 'phoneHours'. */
@Injectable()
export class PhoneService {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
  ) {}

  /** Number, hours and whether it is staffed at `now` (the same phoneStatus() the device runs). */
  async getPhoneInfo(now: Date = new Date()): Promise<PhoneInfoDto> {
    const line = await this.em.fork().findOne(PhoneLine, { id: PHONE_HOURS_ID });
    const dto = line ? toLineDto(line) : { number: '', hours: [], closedDates: [], note: '' };
    return { ...dto, ...phoneStatus(dto.hours, dto.closedDates, now) };
  }

  async updatePhoneLine(input: PhoneLineRequest | PhoneLineDto): Promise<PhoneInfoDto> {
    for (const period of input.hours) {
      if (minutes(period.opens) >= minutes(period.closes)) {
        throw phoneError(
          'validation',
          `On weekday ${period.weekday}, ${period.opens}–${period.closes}: opening must come before closing`,
        );
      }
    }
    const bad = input.closedDates.find((day) => !isRealDate(day));
    if (bad) throw phoneError('validation', `closedDates: ${bad} is not a real calendar date`);
    const hours = [...input.hours]
      .map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))
      .sort((a, b) => a.weekday - b.weekday || minutes(a.opens) - minutes(b.opens));
    const closedDates = [...new Set(input.closedDates)].sort();
    await this.em.fork().transactional(async (em) => {
      let line = await em.findOne(PhoneLine, { id: PHONE_HOURS_ID });
      if (line) {
        line.number = input.number;
        line.hours = hours;
        line.closedDates = closedDates;
      } else {
        line = new PhoneLine(input.number, hours, closedDates);
        em.persist(line);
      }
      line.note = input.note ?? '';
      await em.flush();
      await this.recorder.record(em, 'phoneHours', PHONE_HOURS_ID, 'upsert', {
        id: PHONE_HOURS_ID,
        ...toLineDto(line),
      });
    });
    return this.getPhoneInfo();
  }

  /** Demo hours when no phone line is set yet (called by the demo seeder on start). */
  async seedPhoneLineIfEmpty(): Promise<boolean> {
    if ((await this.em.fork().count(PhoneLine)) > 0) return false;
    await this.updatePhoneLine(DEMO_PHONE_LINE);
    return true;
  }
}
