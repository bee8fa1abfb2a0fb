import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { RateLimitsService, type RateLimitKeyHex } from '../rate-limits/rate-limits.service';

export interface ContactRateLimits {
  /** Wrong codes a client may try within the window before every look-up is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_CONTACT_RATE_LIMITS: ContactRateLimits = { maxFailures: 10, windowMs: 10 * 60_000 };

const LIMIT = 'pickup-code';
const clientContext = new AsyncLocalStorage<RateLimitKeyHex>();

/**
 * Wrong pick-up codes per client, counted in the database and shared by every node
 * (RateLimitsService). A client is counted by an HMAC of its address (see TRUST_PROXY) under a key
 * replaced every day: the address is never stored or logged. Used by POST /api/contact/conversation,
 * POST /api/contact/qa-decision and the `contact.reply` mutation (same counters).
 */
@Injectable()
export class ContactRateLimiter {
  private limits: ContactRateLimits = DEFAULT_CONTACT_RATE_LIMITS;

  constructor(private readonly counters: RateLimitsService) {}

  /** For tests: other numbers, and forget every counter. */
  async configure(limits: Partial<ContactRateLimits>): Promise<void> {
    this.limits = { ...this.limits, ...limits };
    await this.counters.forgetAll();
  }

  /** The counter key of a client address (outside any transaction: it may make the day's key). */
  clientKeyOf(address: string | undefined): Promise<RateLimitKeyHex> {
    return this.counters.keyOf(LIMIT, address);
  }

  /** The key of the client of the request being handled (set by ContactClientMiddleware). */
  currentClientKey(): RateLimitKeyHex {
    const key = clientContext.getStore();
    if (key === undefined) throw new Error('ContactClientMiddleware did not run for this route');
    return key;
  }

  /** In `em`'s transaction when given (the `contact.reply` mutation reads inside its own). */
  async isBlocked(clientKey: RateLimitKeyHex, em?: EntityManager): Promise<boolean> {
    const counter = await this.counters.find(clientKey, em);
    return counter !== null && counter.count >= this.limits.maxFailures;
  }

  /** Outside any transaction that may roll back: the failure must stay counted. */
  async recordFailure(clientKey: RateLimitKeyHex): Promise<void> {
    await this.counters.hit(clientKey, this.limits.windowMs);
  }
}

/** Puts the client key of the request into async context, for the rate limiter to read. */
@Injectable()
export class ContactClientMiddleware implements NestMiddleware {
  constructor(private readonly limiter: ContactRateLimiter) {}

  use(request: IncomingMessage & { ip?: string }, _response: ServerResponse, next: (error?: unknown) => void): void {
    // Fastify's middleware layer copies its `ip` (TRUST_PROXY-aware) onto the raw request.
    void this.limiter.clientKeyOf(request.ip ?? request.socket.remoteAddress).then(
      (key) => clientContext.run(key, next),
      (error: unknown) => next(error),
    );
  }
}
