import { createHmac, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';
import { RateLimitsRepository, type RateLimitCount, type StoredRateLimitKey } from './rate-limits.repository';

const MINUTE = 60_000;
/** How long one HMAC key is used before a new random one replaces it and it is deleted. */
export const RATE_LIMIT_KEY_LIFETIME_MS = 24 * 60 * MINUTE;
/** How often each node deletes expired counters and replaces a key that is due. */
const SWEEP_MS = 5 * MINUTE;

const keyContext = (generation: number) => `rate_limit_key ${generation}`;

interface CurrentKey {
  generation: number;
  secret: Buffer;
  /** When this key is due to be replaced (its creation + 24 h), in ms. */
  replaceAt: number;
}

/** A counter key: the HMAC of a limit and its subject, made by `RateLimitsService.keyOf`. */
export type RateLimitKeyHex = string;

/**
 * Counters of the limits every node shares (failed logins, sign-ups, password-reset requests,
 * wrong pick-up codes), in PostgreSQL: one atomic statement per hit, so N nodes together allow
 * exactly the limit, not N times it. A counter is keyed by an HMAC of the limit's name and its
 * subject (an alias key, a client address) under a random key kept in the database and replaced
 * every 24 hours; the old key is deleted with every counter made under it, so a stored counter can
 * never be traced back to an alias or an address (as Plausible does with its daily salt).
 *
 * `keyOf` may create a key: call it outside any transaction (on the embedded database a second
 * connection would wait for the transaction forever). The counting methods take an `em` to run in
 * the caller's transaction when they must.
 */
@Injectable()
export class RateLimitsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RateLimitsService.name);
  private key: CurrentKey | null = null;
  private loading: Promise<CurrentKey> | null = null;
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly repository: RateLimitsRepository,
    /** The clock every window, lock and key age is measured by (tests move it). */
    readonly now: () => Date = () => new Date(),
  ) {}

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => {
      this.sweepNow().catch((error: unknown) =>
        this.logger.error(`Rate-limit sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, SWEEP_MS).unref();
  }

  beforeApplicationShutdown(): void {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = null;
  }

  /** The counter key of `subject` (an alias key, a client address; absent: "unknown") for `limit`. */
  async keyOf(limit: string, subject: string | undefined): Promise<RateLimitKeyHex> {
    const { secret } = await this.currentKey();
    return createHmac('sha256', secret)
      .update(`${limit}\0${subject ?? 'unknown'}`)
      .digest('hex');
  }

  /** Counts one hit on `key`; a window of `windowMs` starts with the first hit. */
  hit(key: RateLimitKeyHex, windowMs: number, em?: EntityManager): Promise<RateLimitCount> {
    const now = this.now();
    return this.repository.countHit(key, now, new Date(now.getTime() + windowMs), this.forkOf(em));
  }

  /** Keeps `key` live until `until` at least (a lock). */
  holdUntil(key: RateLimitKeyHex, until: Date, em?: EntityManager): Promise<void> {
    return this.repository.holdUntil(key, until, this.forkOf(em));
  }

  /** The live counter of `key`, or null (never counted, or its window is over). */
  find(key: RateLimitKeyHex, em?: EntityManager): Promise<RateLimitCount | null> {
    return this.repository.findLive(key, this.now(), this.forkOf(em));
  }

  forget(keys: readonly RateLimitKeyHex[], em?: EntityManager): Promise<void> {
    return this.repository.deleteHits(keys, this.forkOf(em));
  }

  /** Tests: every counter of every limit gone. */
  forgetAll(): Promise<void> {
    return this.repository.deleteAllHits(this.em.fork());
  }

  /** Deletes expired counters and replaces the key when it is due (every node, every few minutes). */
  async sweepNow(): Promise<number> {
    await this.currentKey();
    return this.repository.deleteExpiredHits(this.now(), this.em.fork());
  }

  /** The key in use: cached until it is due, then the newest stored one, replaced when it is 24 h old. */
  private async currentKey(): Promise<CurrentKey> {
    if (this.key && this.now().getTime() < this.key.replaceAt) return this.key;
    this.loading ??= this.loadKey().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async loadKey(): Promise<CurrentKey> {
    const em = this.em.fork();
    const now = this.now();
    const stored = await this.repository.findNewestKey(em);
    let key = stored ? this.open(stored) : null;
    if (!stored || !key || key.replaceAt <= now.getTime()) {
      const generation = (stored?.generation ?? 0) + 1;
      const sealed = this.cipher.encrypt(randomBytes(32).toString('base64'), keyContext(generation));
      const winner = await this.repository.insertKey(generation, sealed, now, em);
      // The old key and every counter made under it go: nothing left can be linked to anyone.
      await this.repository.deleteKeysBefore(winner.generation, em);
      await this.repository.deleteAllHits(em);
      key = this.open(winner);
      if (!key) throw new Error('The new rate-limit key does not open with this DATA_KEY');
    }
    this.key = key;
    return key;
  }

  /** Null when the key was sealed under another DATA_KEY: it is then replaced. */
  private open(stored: StoredRateLimitKey): CurrentKey | null {
    try {
      const secret = Buffer.from(this.cipher.decrypt(stored.secret_sealed, keyContext(stored.generation)), 'base64');
      const replaceAt = new Date(stored.created_at).getTime() + RATE_LIMIT_KEY_LIFETIME_MS;
      return { generation: stored.generation, secret, replaceAt };
    } catch {
      return null;
    }
  }

  private forkOf(em: EntityManager | undefined): EntityManager {
    return em ?? this.em.fork();
  }
}
