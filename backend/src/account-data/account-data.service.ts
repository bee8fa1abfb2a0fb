import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from '@mikro-orm/postgresql';
import { HttpStatus, Injectable } from '@nestjs/common';
import type { PostStatus } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import type { Actor } from '../accounts/actor';
import { EMAIL_CONTEXT } from '../accounts/accounts.service';
import { apiError, authErrors } from '../accounts/auth-errors';
import { AuthRateLimiter } from '../accounts/auth-rate-limiter';
import { PasswordHasher } from '../accounts/password-hasher';
import { FieldCipher } from '../crypto/field-cipher';
import type { AccountDeletionDto } from './dto/account-deletion.dto';
import type { AccountExportResponse } from './dto/account-export.response';

const iso = (value: Date | string): string => new Date(value).toISOString();

/** The person's own data: download all of it, or delete the account. */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AuthRateLimiter,
  ) {}

  async exportAccountData(actor: Actor): Promise<AccountExportResponse> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    const connection = em.getConnection();
    const [member] = await connection.execute<{ rules_accepted_at: Date | string | null }[]>(
      'select rules_accepted_at from forum_member where account_id = ?',
      [account.id],
    );
    const posts = await connection.execute<
      { id: string; thread_id: string; title: string; created_at: Date | string; status: PostStatus; body: string; quote_post_id: string | null }[]
    >(
      `select p.id, p.thread_id, t.title, p.created_at, p.status, p.body, p.quote_post_id
       from post p join thread t on t.id = p.thread_id where p.author_id = ? order by p.created_at, p.id`,
      [account.id],
    );
    const flags = await connection.execute<{ id: string; post_id: string; rule: number; note: string | null; created_at: Date | string }[]>(
      'select id, post_id, rule, note, created_at from flag where member_id = ? order by created_at, id',
      [account.id],
    );
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        alias: account.alias,
        email: this.cipher.decrypt(account.emailSealed, EMAIL_CONTEXT),
        roles: account.roles,
        joinedAt: account.createdAt.toISOString(),
        rulesAcceptedAt: member?.rules_accepted_at ? iso(member.rules_accepted_at) : null,
        researchConsentAt: account.researchConsentAt ? account.researchConsentAt.toISOString() : null,
      },
      // The person's own words, whatever their status: this is their copy, not a public path.
      posts: posts.map((row) => ({
        id: row.id,
        threadId: row.thread_id,
        threadTitle: row.title,
        createdAt: iso(row.created_at),
        status: row.status,
        body: row.body,
        quotePostId: row.quote_post_id,
      })),
      flags: flags.map((row) => ({ id: row.id, postId: row.post_id, rule: Number(row.rule), note: row.note, createdAt: iso(row.created_at) })),
    };
  }

  /**
   * Deletes the account after the password is confirmed, in one transaction: posts stay under
   * "deleted member" ('keep') or go ('erase'); flags, forum standing, sessions, the alias and the
   * e-mail address go either way. The removal archive forgets the alias too; with 'erase' it also
   * drops its copy of their removed posts and the title of a thread deleted with them.
   */
  async deleteAccount(actor: Actor, input: AccountDeletionDto): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    this.limiter.assertLoginAllowed(account.aliasKey);
    if (!(await this.hasher.verifyPassword(account.passwordHash, input.password))) {
      const delayMs = this.limiter.recordLoginFailure(account.aliasKey);
      if (delayMs > 0) await sleep(delayMs);
      throw apiError(HttpStatus.BAD_REQUEST, 'wrong_password', 'The password is not right. Nothing was deleted.');
    }
    await em.transactional(async (tx) => {
      const run = <T>(query: string, params: unknown[]) => tx.getConnection().execute<T[]>(query, params, 'all', tx.getTransactionContext());
      const id = account.id;
      const theirPosts = 'post_id in (select id from post where author_id = ?)';
      await run(`update removal_archive set author_alias = null where ${theirPosts}`, [id]);
      if (input.posts === 'erase') {
        const touched = await run<{ thread_id: string }>('select distinct thread_id from post where author_id = ?', [id]);
        await run(`update removal_archive set body_sealed = null where ${theirPosts}`, [id]);
        await run('delete from post where author_id = ?', [id]);
        // A thread they started goes only when nobody else wrote in it.
        await run('delete from thread t where t.author_id = ? and not exists (select 1 from post p where p.thread_id = t.id)', [id]);
        const threadIds = touched.map((row) => row.thread_id);
        if (threadIds.length > 0) {
          const inTouched = `(${threadIds.map(() => '?').join(', ')})`;
          await run(
            `update removal_archive r set thread_title = null
             where r.thread_id in ${inTouched} and not exists (select 1 from thread t where t.id = r.thread_id)`,
            threadIds,
          );
          await run(
            `update thread t set
               post_count = (select count(*) from post p where p.thread_id = t.id and p.status = 'published'),
               last_activity_at = coalesce((select max(p.created_at) from post p where p.thread_id = t.id), t.created_at)
             where t.id in ${inTouched}`,
            threadIds,
          );
        }
      }
      await run('update post set author_id = null where author_id = ?', [id]);
      await run('update thread set author_id = null where author_id = ?', [id]);
      await run('delete from flag where member_id = ?', [id]);
      await run('delete from forum_member where account_id = ?', [id]);
      await run('delete from session where account_id = ?', [id]);
      await run('delete from account where id = ?', [id]);
    });
  }
}
