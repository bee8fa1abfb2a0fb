import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import { Account } from '../accounts/account.entity';
import type { Actor } from '../accounts/actor';
import { authErrors } from '../accounts/auth-errors';
import { apiError } from '../common/api-error';
import { AuthRateLimiter } from '../accounts/auth-rate-limiter';
import { PasswordHasher } from '../accounts/password-hasher';
import { AccountDataRegistry } from './account-data.registry';
import type { AccountDeletionDto } from './dto/account-deletion.dto';
import type { AccountExportResponse } from './dto/account-export.response';

/**
 * The person's own data: download all of it, or delete the account. What each feature holds is
 * its own part in the AccountDataRegistry (accounts, forum, moderation, contact).
 */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AuthRateLimiter,
    private readonly parts: AccountDataRegistry,
  ) {}

  async exportAccountData(actor: Actor): Promise<AccountExportResponse> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    const exportedAt = new Date().toISOString();
    const { profile, posts, flags, ...rest } = await this.parts.exportFor(em, account.id);
    return { exportedAt, profile, posts: posts ?? [], flags: flags ?? [], ...rest } as AccountExportResponse;
  }

  /**
   * Deletes the account after the password is confirmed, in one transaction: every registered
   * part erases what its feature holds (forum: posts kept under "deleted member" or erased, flags,
   * standing; moderation: the archive forgets the alias, and with 'erase' the words and titles;
   * contact: counsellor links; accounts: sessions and the account last).
   */
  async deleteAccount(actor: Actor, input: AccountDeletionDto): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    await this.limiter.assertLoginAllowed(account.aliasKey);
    if (!(await this.hasher.verifyPassword(account.passwordHash, input.password))) {
      const delayMs = await this.limiter.recordLoginFailure(account.aliasKey);
      if (delayMs > 0) await sleep(delayMs);
      throw apiError(HttpStatus.BAD_REQUEST, 'wrong_password', 'The password is not right. Nothing was deleted.');
    }
    await em.transactional((tx) => this.parts.erase({ em: tx, accountId: account.id, posts: input.posts }));
  }
}
