import { UUID_PATTERN } from '@sexhandel/shared';

/** A keyset position: a timestamp with microseconds (as PostgreSQL keeps it) and a row id. */
export interface KeysetCursor {
  /** ISO time with six decimals, e.g. 2026-11-29T19:00:00.123456Z; passed back to SQL as text. */
  at: string;
  id: string;
}

const MICRO_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** SQL that renders a timestamptz column in the cursor's format (no precision lost to JS Date). */
export function cursorTimeSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Opaque to clients: base64url of "<time>|<uuid>". */
export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this server made. */
export function decodeKeysetCursor(cursor: string): KeysetCursor | null {
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !MICRO_ISO.test(at) || !UUID_PATTERN.test(id)) return null;
  return Number.isNaN(new Date(at).getTime()) ? null : { at, id };
}
