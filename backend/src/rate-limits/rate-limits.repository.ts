import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { placeholders, sqlIn } from '../common/sql';

/** A live counter: how many hits in its window, and when the window (or hold) ends. */
export interface RateLimitCount {
  count: number;
  expiresAt: Date;
}

export interface StoredRateLimitKey {
  generation: number;
  secret_sealed: string;
  /** A Date (PGlite) or text (PostgreSQL): the driver's choice for raw queries. */
  created_at: Date | string;
}

interface CountRow {
  count: number;
  expires_at: Date | string;
}

const toCount = (row: CountRow): RateLimitCount => ({ count: Number(row.count), expiresAt: new Date(row.expires_at) });

/**
 * The rate limits' SQL, the only place that names their tables (rate_limit_hit, rate_limit_key).
 * Times are the caller's clock (`now`), so a test can move it; nodes' clocks differ by little.
 * Every method takes `em` last: inside a caller's transaction the statement runs in it.
 */
@Injectable()
export class RateLimitsRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Counts one hit in one statement: a new or expired counter starts at 1 with a window ending at
   * `expiresAt`, a live one goes up by 1. Two nodes hitting at once both get distinct counts.
   */
  async countHit(key: string, now: Date, expiresAt: Date, em: EntityManager = this.em): Promise<RateLimitCount> {
    const [row] = await sqlIn<CountRow>(
      em,
      `insert into rate_limit_hit as h (key, count, expires_at) values (?, 1, ?)
       on conflict (key) do update set
         count = case when h.expires_at <= ? then 1 else h.count + 1 end,
         expires_at = case when h.expires_at <= ? then excluded.expires_at else h.expires_at end
       returning count, expires_at`,
      [key, expiresAt, now, now],
    );
    return toCount(row as CountRow);
  }

  /** Keeps the counter alive until `until` at least (a lock): later holds extend it, never shorten it. */
  async holdUntil(key: string, until: Date, em: EntityManager = this.em): Promise<void> {
    await sqlIn(
      em,
      `insert into rate_limit_hit as h (key, count, expires_at) values (?, 1, ?)
       on conflict (key) do update set count = h.count + 1, expires_at = greatest(h.expires_at, excluded.expires_at)`,
      [key, until],
    );
  }

  /** The counter if it is still live at `now`; an expired row counts for nothing. */
  async findLive(key: string, now: Date, em: EntityManager = this.em): Promise<RateLimitCount | null> {
    const [row] = await sqlIn<CountRow>(
      em,
      'select count, expires_at from rate_limit_hit where key = ? and expires_at > ?',
      [key, now],
    );
    return row ? toCount(row) : null;
  }

  async deleteHits(keys: readonly string[], em: EntityManager = this.em): Promise<void> {
    if (keys.length === 0) return;
    await sqlIn(em, `delete from rate_limit_hit where key in (${placeholders(keys.length)})`, keys);
  }

  /** The sweep: counters whose window ended before `now`. Returns how many. */
  async deleteExpiredHits(now: Date, em: EntityManager = this.em): Promise<number> {
    const rows = await sqlIn<{ key: string }>(em, 'delete from rate_limit_hit where expires_at <= ? returning key', [
      now,
    ]);
    return rows.length;
  }

  /** Every counter (key rotation; tests). */
  async deleteAllHits(em: EntityManager = this.em): Promise<void> {
    await sqlIn(em, 'delete from rate_limit_hit');
  }

  async findNewestKey(em: EntityManager = this.em): Promise<StoredRateLimitKey | null> {
    const [row] = await sqlIn<StoredRateLimitKey>(
      em,
      'select generation, secret_sealed, created_at from rate_limit_key order by generation desc limit 1',
    );
    return row ?? null;
  }

  /**
   * Adds the key of `generation` unless another node just did (the primary key decides), then
   * returns the one stored: both nodes of a race go on with the same key.
   */
  async insertKey(
    generation: number,
    secretSealed: string,
    createdAt: Date,
    em: EntityManager = this.em,
  ): Promise<StoredRateLimitKey> {
    await sqlIn(
      em,
      `insert into rate_limit_key (generation, secret_sealed, created_at) values (?, ?, ?)
       on conflict (generation) do nothing`,
      [generation, secretSealed, createdAt],
    );
    const [row] = await sqlIn<StoredRateLimitKey>(
      em,
      'select generation, secret_sealed, created_at from rate_limit_key where generation = ?',
      [generation],
    );
    return row as StoredRateLimitKey;
  }

  /** Deletes every key older than `generation`. */
  async deleteKeysBefore(generation: number, em: EntityManager = this.em): Promise<void> {
    await sqlIn(em, 'delete from rate_limit_key where generation < ?', [generation]);
  }
}
