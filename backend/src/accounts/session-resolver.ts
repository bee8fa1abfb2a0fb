import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, isRole, type Role } from '@sexhandel/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import type { Actor } from './actor';
import { AccountsRepository } from './accounts.repository';
import { Session } from './session.entity';

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
/** The expiry slides on use, but the row is written at most once an hour. */
export const SESSION_SLIDE_AFTER_MS = 60 * 60 * 1000;

/** A live session found from a cookie. */
export interface ResolvedSession {
  actor: Actor;
  tokenHash: string;
  expiresAt: Date;
  /** True when this look-up pushed the expiry forward (cookies should be re-sent). */
  renewed: boolean;
}

/** A fresh session token: the cookie gets `token`, the database only `tokenHash`. */
export interface IssuedToken {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Turns a session cookie into an Actor, and owns the session and CSRF cookies. The CSRF value is
 * an HMAC of the token hash under a key derived from DATA_KEY, so nothing extra is stored and
 * every API node computes the same value.
 */
@Injectable()
export class SessionResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly accounts: AccountsRepository,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issueToken(now = new Date()): IssuedToken {
    const token = randomBytes(32).toString('base64url');
    return { token, tokenHash: this.hashToken(token), expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
  }

  hashToken(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  /** The value the `csrf` cookie holds and `X-CSRF-Token` must repeat. */
  csrfTokenFor(tokenHash: string): string {
    return this.cipher.blindIndex(tokenHash, 'csrf');
  }

  isCsrfValid(session: ResolvedSession, header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    const expected = Buffer.from(this.csrfTokenFor(session.tokenHash));
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The session cookie of a request, if it is present at all (valid or not). */
  sessionCookie(request: FastifyRequest): string | undefined {
    const value = request.cookies[SESSION_COOKIE];
    return value ? value : undefined;
  }

  csrfHeader(request: FastifyRequest): string | string[] | undefined {
    return request.headers[CSRF_HEADER];
  }

  resolveRequest(request: FastifyRequest): Promise<ResolvedSession | null> {
    return this.resolveToken(this.sessionCookie(request));
  }

  /** Looks the token up; drops it when expired; slides the expiry at most once an hour. */
  async resolveToken(token: string | undefined, now = new Date()): Promise<ResolvedSession | null> {
    if (!token || token.length > 128) return null;
    const tokenHash = this.hashToken(token);
    const session = await this.accounts.findSession(tokenHash);
    if (!session) return null;
    const em = this.em.fork();
    let expiresAt = new Date(session.expires_at);
    if (expiresAt.getTime() <= now.getTime()) {
      await em.nativeDelete(Session, { id: session.id });
      return null;
    }
    let renewed = false;
    if (expiresAt.getTime() - now.getTime() < SESSION_LIFETIME_MS - SESSION_SLIDE_AFTER_MS) {
      expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      await em.nativeUpdate(Session, { id: session.id }, { expiresAt });
      renewed = true;
    }
    const roles: Role[] = session.roles.filter(isRole);
    return {
      actor: { accountId: session.account_id, alias: session.alias, roles, sessionId: session.id },
      tokenHash,
      expiresAt,
      renewed,
    };
  }

  /** Sends the session cookie (HttpOnly) and the readable csrf cookie. */
  writeSessionCookies(reply: FastifyReply, token: string, tokenHash: string, expiresAt: Date): void {
    const common = { path: '/', sameSite: 'strict' as const, secure: this.config.secure, expires: expiresAt };
    reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
    reply.setCookie(CSRF_COOKIE, this.csrfTokenFor(tokenHash), { ...common, httpOnly: false });
  }

  clearSessionCookies(reply: FastifyReply): void {
    const common = { path: '/', sameSite: 'strict' as const, secure: this.config.secure };
    reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
    reply.clearCookie(CSRF_COOKIE, common);
  }
}
