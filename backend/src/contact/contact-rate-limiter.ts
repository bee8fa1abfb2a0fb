import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';

export interface ContactRateLimits {
  /** Wrong codes a client may try within the window before every look-up is refused. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_CONTACT_RATE_LIMITS: ContactRateLimits = { maxFailures: 10, windowMs: 10 * 60_000 };

interface Counter {
  failures: number;
  windowEnds: number;
}

const PRUNE_ABOVE = 10_000;
const clientContext = new AsyncLocalStorage<string>();

/**
 * Wrong pick-up codes per client, in memory only. A client is the HMAC of its address (see TRUST_PROXY)
 * under a key made fresh in every process: never stored, never logged, gone on restart. Used by
 * POST /api/contact/conversation and by the `contact.reply` mutation (same counters).
 */
@Injectable()
export class ContactRateLimiter {
  private limits: ContactRateLimits = DEFAULT_CONTACT_RATE_LIMITS;
  private readonly clientKeySecret = randomBytes(32);
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly now: () => number = Date.now) {}

  /** For tests: other numbers, and forget every counter. */
  configure(limits: Partial<ContactRateLimits>): void {
    this.limits = { ...this.limits, ...limits };
    this.counters.clear();
  }

  clientKeyOf(address: string | undefined): string {
    return createHmac('sha256', this.clientKeySecret)
      .update(address ?? 'unknown')
      .digest('base64url');
  }

  /** The key of the client of the request being handled (set by ContactClientMiddleware). */
  currentClientKey(): string {
    return clientContext.getStore() ?? this.clientKeyOf(undefined);
  }

  runAsClient<T>(address: string | undefined, fn: () => T): T {
    return clientContext.run(this.clientKeyOf(address), fn);
  }

  isBlocked(clientKey: string): boolean {
    const counter = this.counters.get(clientKey);
    return counter !== undefined && counter.windowEnds > this.now() && counter.failures >= this.limits.maxFailures;
  }

  recordFailure(clientKey: string): void {
    const now = this.now();
    if (this.counters.size > PRUNE_ABOVE) {
      for (const [key, counter] of this.counters) if (counter.windowEnds <= now) this.counters.delete(key);
    }
    let counter = this.counters.get(clientKey);
    if (!counter || counter.windowEnds <= now) {
      counter = { failures: 0, windowEnds: now + this.limits.windowMs };
      this.counters.set(clientKey, counter);
    }
    counter.failures += 1;
  }
}

/** Puts the client key of the request into async context, for the rate limiter to read. */
@Injectable()
export class ContactClientMiddleware implements NestMiddleware {
  constructor(private readonly limiter: ContactRateLimiter) {}

  use(request: IncomingMessage & { ip?: string }, _response: ServerResponse, next: () => void): void {
    // Fastify's middleware layer copies its `ip` (TRUST_PROXY-aware) onto the raw request.
    this.limiter.runAsClient(request.ip ?? request.socket.remoteAddress, next);
  }
}
