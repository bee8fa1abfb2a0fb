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

/** A row of a keyset-paged read: its id and `${cursorTimeSql(column)} as cursor_at`. */
export interface KeysetRow {
  id: string;
  cursor_at: string;
}

/** One page cut from a keyset read. */
export interface KeysetPage<T> {
  /** The first `limit` rows. */
  page: T[];
  /** Whether the read found a row past the page. */
  hasMore: boolean;
  /** The cursor of the page's last row when there is more to read, else null. */
  nextCursor: string | null;
  /** The cursor of the page's last row, null for an empty page: for lists read on as they grow. */
  lastCursor: string | null;
}

/** Cuts rows read with `limit ?` set to `limit + 1` into the page and the cursor after it. */
export function keysetPage<T extends KeysetRow>(rows: T[], limit: number): KeysetPage<T> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const lastCursor = last ? encodeKeysetCursor({ at: last.cursor_at, id: last.id }) : null;
  const hasMore = rows.length > limit;
  return { page, hasMore, nextCursor: hasMore ? lastCursor : null, lastCursor };
}
