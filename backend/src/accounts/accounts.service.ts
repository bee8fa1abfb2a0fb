import { setTimeout as sleep } from 'node:timers/promises';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Role } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { Account } from './account.entity';
import type { Actor } from './actor';
import { isReservedAlias, normaliseEmail, toAliasKey } from './alias';
import { authErrors } from './auth-errors';
import { AuthRateLimiter } from './auth-rate-limiter';
import { toMeResponse, type MeResponseDto } from './dto/me-response.dto';
import type { LoginDto } from './dto/login.dto';
import type { PasswordChangeDto } from './dto/password-change.dto';
import type { RegisterDto } from './dto/register.dto';
import { PasswordHasher } from './password-hasher';
import { Session } from './session.entity';
import { SessionResolver, type IssuedToken } from './session-resolver';

export const EMAIL_CONTEXT = 'account.email';

/** A new session: the controller puts `token` in the cookie. */
export interface SignedIn extends IssuedToken {
  me: MeResponseDto;
}

/** Input of account creation, already validated (RegisterDto or the CLI). */
export interface AccountCreateInput {
  alias: string;
  email: string;
  password: string;
}

/** Staff roles come on top of 'member', which every account has. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  return ['member', ...new Set(roles.filter((role) => role !== 'member'))];
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly sessions: SessionResolver,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AuthRateLimiter,
  ) {}

  /** Self-service sign-up: a member account and its first session. */
  async registerAccount(input: RegisterDto, clientAddress: string | undefined): Promise<SignedIn> {
    await this.limiter.consumeRegistration(clientAddress);
    const account = await this.createAccount(input, ['member']);
    return this.startSession(account);
  }

  /**
   * Creates an account (register, operator CLI, tests). The password is hashed before any
   * uniqueness check, so the time to answer does not tell whether an e-mail is known; an e-mail
   * in use gets the same refusal as a reserved alias.
   */
  async createAccount(input: AccountCreateInput, roles: readonly Role[]): Promise<Account> {
    const passwordHash = await this.hasher.hashPassword(input.password);
    const aliasKey = toAliasKey(input.alias);
    const emailIndex = this.cipher.blindIndex(normaliseEmail(input.email), EMAIL_CONTEXT);
    const em = this.em.fork();
    if (isReservedAlias(aliasKey)) throw authErrors.registrationRefused();
    if (await em.count(Account, { aliasKey })) throw authErrors.aliasTaken();
    if (await em.count(Account, { emailIndex })) throw authErrors.registrationRefused();
    const account = new Account({
      alias: input.alias,
      aliasKey,
      emailSealed: this.cipher.encrypt(input.email.trim(), EMAIL_CONTEXT),
      emailIndex,
      passwordHash,
      roles: normaliseRoles(roles),
    });
    try {
      await em.persistAndFlush(account);
    } catch (error) {
      // Two sign-ups racing for the same alias or address: the unique keys decide.
      if (error instanceof UniqueConstraintViolationException) {
        throw error.message.includes('alias_key') ? authErrors.aliasTaken() : authErrors.registrationRefused();
      }
      throw error;
    }
    return account;
  }

  async loginAccount(input: LoginDto): Promise<SignedIn> {
    const aliasKey = toAliasKey(input.alias);
    await this.limiter.assertLoginAllowed(aliasKey);
    const account = await this.em.fork().findOne(Account, { aliasKey });
    const valid = await this.hasher.verifyPassword(account?.passwordHash ?? null, input.password);
    if (!account || !valid) {
      const delayMs = await this.limiter.recordLoginFailure(aliasKey);
      if (delayMs > 0) await sleep(delayMs);
      throw authErrors.invalidCredentials();
    }
    await this.limiter.recordLoginSuccess(aliasKey);
    return this.startSession(account);
  }

  async logoutSession(actor: Actor | null): Promise<void> {
    if (!actor) return;
    await this.em.fork().nativeDelete(Session, { id: actor.sessionId });
  }

  async getMe(actor: Actor): Promise<MeResponseDto> {
    const account = await this.em.fork().findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    return toMeResponse(account);
  }

  /**
   * Changes the password and ends every session of the account, this one too: whoever knew the old
   * password is signed out everywhere, and the person signs in again with the new one.
   */
  async changePassword(actor: Actor, input: PasswordChangeDto): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    await this.limiter.assertLoginAllowed(account.aliasKey);
    if (!(await this.hasher.verifyPassword(account.passwordHash, input.currentPassword))) {
      const delayMs = await this.limiter.recordLoginFailure(account.aliasKey);
      if (delayMs > 0) await sleep(delayMs);
      throw authErrors.wrongPassword();
    }
    const passwordHash = await this.hasher.hashPassword(input.newPassword);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Account, { id: account.id }, { passwordHash });
      await tx.nativeDelete(Session, { account: account.id });
    });
  }

  /** Operator use: gives an account one staff role (or none, with 'member'). */
  async setAccountRole(alias: string, role: Role): Promise<Account> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { aliasKey: toAliasKey(alias) });
    if (!account) throw authErrors.accountNotFound();
    account.roles = normaliseRoles([role]);
    await em.flush();
    return account;
  }

  private async startSession(account: Account): Promise<SignedIn> {
    const issued = this.sessions.issueToken();
    const em = this.em.fork();
    await em.transactional(async (tx) => {
      // Housekeeping: expired sessions of this account go when a new one starts.
      await tx.nativeDelete(Session, { account: account.id, expiresAt: { $lte: new Date() } });
      tx.persist(new Session(issued.tokenHash, tx.getReference(Account, account.id), issued.expiresAt));
    });
    return { ...issued, me: toMeResponse(account) };
  }
}
