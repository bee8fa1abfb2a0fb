import { Type } from '@mikro-orm/core';

/**
 * A calendar day as 'YYYY-MM-DD'. Needed because the engines disagree: node-postgres hands a
 * `date` column back as a string, PGlite as a Date at UTC midnight.
 */
export class DayType extends Type<string, string> {
  override convertToDatabaseValue(value: string): string {
    return value;
  }

  override convertToJSValue(value: string | Date): string {
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'date';
  }
}
