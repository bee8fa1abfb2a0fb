import { PHONE_HOURS_ID, type PhoneInfoDto, type PhoneLineDto } from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB } from './app-db.js';
import { registerPulledEntities } from './pull.js';

/** The phone line: its number, hours and closed days from sync for readers, and the editor's API calls. */

registerPulledEntities({ entity: 'phoneHours', table: 'phoneHours' });

function isPhoneLine(row: unknown): row is PhoneLineDto {
  const line = row as Partial<PhoneLineDto> | undefined;
  return typeof line?.number === 'string' && Array.isArray(line.hours) && Array.isArray(line.closedDates);
}

export async function readPhoneLine(db: AppDB = appDb): Promise<PhoneLineDto | null> {
  const row = await db.phoneHours.get(PHONE_HOURS_ID);
  return isPhoneLine(row)
    ? { number: row.number, hours: row.hours, closedDates: row.closedDates, note: row.note ?? '' }
    : null;
}

// ---- Editor (online only) ----

export function fetchPhoneInfo(fetchFn?: FetchFn): Promise<PhoneInfoDto> {
  return requestJson<PhoneInfoDto>(fetchFn, '/api/phone');
}

export function updatePhoneLine(line: PhoneLineDto, fetchFn?: FetchFn): Promise<PhoneInfoDto> {
  return requestJson<PhoneInfoDto>(fetchFn, '/api/admin/phone', { method: 'PUT', body: line });
}
