import { UUID_PATTERN } from '@sexhandel/shared';

/** Position after the last article of a page. Opaque to clients: base64url of "<ISO time>|<uuid>". */
export interface ArticleCursor {
  publishedAt: Date;
  id: string;
}

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeArticleCursor(publishedAt: Date, id: string): string {
  return Buffer.from(`${publishedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when it is not one this server made. */
export function decodeArticleCursor(cursor: string): ArticleCursor | null {
  if (cursor.length === 0 || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [time, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !time || !id || !ISO_PATTERN.test(time) || !UUID_PATTERN.test(id)) return null;
  const publishedAt = new Date(time);
  return Number.isNaN(publishedAt.getTime()) ? null : { publishedAt, id };
}
