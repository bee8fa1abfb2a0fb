import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { PHONE_HOURS_ID, type PhoneHoursDto } from '@sexhandel/shared';

/** The phone line: one row (id PHONE_HOURS_ID), edited by editors, pulled by devices as 'phoneHours'. */
@Entity({ tableName: 'phone_line' })
export class PhoneLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = PHONE_HOURS_ID;

  @Property({ type: 'text' })
  number: string;

  /** Weekly staffed periods in Europe/Oslo local time. */
  @Property({ type: 'jsonb' })
  hours: PhoneHoursDto[];

  /** 'YYYY-MM-DD' dates the line is closed. */
  @Property({ type: 'jsonb' })
  closedDates: string[];

  @Property({ type: 'text', default: '' })
  note: string = '';

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(number: string, hours: PhoneHoursDto[], closedDates: string[]) {
    this.number = number;
    this.hours = hours;
    this.closedDates = closedDates;
  }
}
