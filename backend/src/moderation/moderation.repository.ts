import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn, uuidArray } from '../common/sql';
import { cursorTimeSql, type KeysetCursor } from '../forum/forum-cursor';

export interface FlaggedPostRow {
  id: string;
  thread_id: string;
  title: string;
  alias: string | null;
  body: string;
  status: 'published' | 'hidden';
  created_at: Date | string;
  n: string;
  first_at: Date | string;
}

export interface OpenFlagRow {
  post_id: string;
  rule: number;
  note: string | null;
  created_at: Date | string;
}

export interface ModlogRow {
  id: string;
  at: Date | string;
  action: 'removal' | 'restore';
  rule: number;
  thread_id: string;
  archived_title: string | null;
  cursor_at: string;
}

export interface AuditRow {
  id: string;
  actor_alias: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  at: Date | string;
  cursor_at: string;
  thread_id: string | null;
  thread_title: string | null;
  target_alias: string | null;
}

/**
 * Moderation's SQL, the only place that names its tables (removal_archive, flag_dismissal,
 * member_suspension, blocked_domain, audit_entry). Flags are read through its own view
 * `open_flag`, posts through forum's `forum_post_context`, aliases through accounts' `member_alias`;
 * changing a post's status goes through ForumRepository.
 */
@Injectable()
export class ModerationRepository {
  constructor(private readonly em: EntityManager) {}

  async countOpenFlags(em: EntityManager, postId: string): Promise<number> {
    const [row] = await sqlIn<{ n: string }>(em, 'select count(*) as n from open_flag where post_id = ?', [postId]);
    return Number(row?.n ?? 0);
  }

  /** Published or hidden posts with open flags, one row per post, oldest first flag first. */
  listFlaggedPosts(rule: number | undefined, max: number): Promise<FlaggedPostRow[]> {
    const ruleFilter =
      rule === undefined ? '' : 'and exists (select 1 from open_flag f2 where f2.post_id = p.post_id and f2.rule = ?)';
    return sqlIn<FlaggedPostRow>(
      this.em,
      `select p.post_id as id, p.thread_id, p.thread_title as title, p.author_alias as alias, p.body, p.status, p.created_at,
         count(f.id) as n, min(f.created_at) as first_at
       from open_flag f join forum_post_context p on p.post_id = f.post_id
       where p.status in ('published', 'hidden') ${ruleFilter}
       group by p.post_id, p.thread_id, p.thread_title, p.author_alias, p.body, p.status, p.created_at
       order by min(f.created_at), p.post_id limit ?`,
      rule === undefined ? [max] : [rule, max],
    );
  }

  listOpenFlags(postIds: string[]): Promise<OpenFlagRow[]> {
    return sqlIn<OpenFlagRow>(
      this.em,
      'select post_id, rule, note, created_at from open_flag where post_id = any(?::uuid[]) order by created_at',
      [uuidArray(postIds)],
    );
  }

  /** Marks the post's open flags dismissed by this moderator; the number dismissed. */
  async dismissOpenFlags(em: EntityManager, postId: string, moderatorId: string): Promise<number> {
    const dismissed = await sqlIn<{ flag_id: string }>(
      em,
      `insert into flag_dismissal (flag_id, moderator_id, dismissed_at)
       select f.id, ?, now() from open_flag f where f.post_id = ? returning flag_id`,
      [moderatorId, postId],
    );
    return dismissed.length;
  }

  async markRestored(em: EntityManager, postId: string, at: Date): Promise<void> {
    await sqlIn(em, 'update removal_archive set restored_at = ? where post_id = ? and restored_at is null', [
      at,
      postId,
    ]);
  }

  /** Newest first, keyset on (removed_at, id). */
  listRemovalIds(before: KeysetCursor | null, limit: number): Promise<Array<{ id: string; cursor_at: string }>> {
    return sqlIn(
      this.em,
      `select id, ${cursorTimeSql('removed_at')} as cursor_at from removal_archive
       ${before ? 'where (removed_at, id) < (?::timestamptz, ?::uuid)' : ''} order by removed_at desc, id desc limit ?`,
      before ? [before.at, before.id, limit] : [limit],
    );
  }

  /** Removals and restores, newest first, keyset on (at, id); the title as archived. */
  listModlog(before: KeysetCursor | null, limit: number): Promise<ModlogRow[]> {
    return sqlIn<ModlogRow>(
      this.em,
      `select e.*, ${cursorTimeSql('e.at')} as cursor_at
       from (select id, removed_at as at, 'removal' as action, rule, thread_id, thread_title as archived_title from removal_archive
             union all
             select id, restored_at as at, 'restore' as action, rule, thread_id, thread_title from removal_archive where restored_at is not null) e
       ${before ? 'where (e.at, e.id) < (?::timestamptz, ?::uuid)' : ''}
       order by e.at desc, e.id desc limit ?`,
      before ? [before.at, before.id, limit] : [limit],
    );
  }

  /** Newest first, keyset on (at, id). */
  listAuditEntries(before: KeysetCursor | null, limit: number): Promise<AuditRow[]> {
    return sqlIn<AuditRow>(
      this.em,
      // The thread a post target lies in and an account target's alias (forum's and accounts' views):
      // what staff already see on the queue and the suspension list, never removed text or a post's author.
      `select e.id, e.actor_alias, e.action, e.target_type, e.target_id, e.reason, e.at,
         ${cursorTimeSql('e.at')} as cursor_at, c.thread_id, c.thread_title, ta.alias as target_alias
       from audit_entry e
         left join forum_post_context c on e.target_type = 'post' and c.post_id::text = e.target_id
         left join member_alias ta on e.target_type = 'account' and ta.account_id::text = e.target_id
       ${before ? 'where (e.at, e.id) < (?::timestamptz, ?::uuid)' : ''} order by e.at desc, e.id desc limit ?`,
      before ? [before.at, before.id, limit] : [limit],
    );
  }

  /** Removals still in force, per rule. */
  countRemovalsPerRule(): Promise<Array<{ rule: number; removals: string }>> {
    return sqlIn(
      this.em,
      'select rule, count(*) as removals from removal_archive where restored_at is null group by rule order by rule',
    );
  }

  // ——— suspensions ———

  /** Until when the account is (or was last) suspended; null when it never was. */
  async findSuspensionEnd(em: EntityManager, accountId: string): Promise<Date | null> {
    const [row] = await sqlIn<{ until: Date | string }>(
      em,
      'select until from member_suspension where account_id = ?',
      [accountId],
    );
    return row ? new Date(row.until) : null;
  }

  async upsertSuspension(
    em: EntityManager,
    suspension: { accountId: string; until: Date; reason: string; moderatorId: string; at: Date },
  ): Promise<void> {
    await sqlIn(
      em,
      `insert into member_suspension (account_id, until, reason, moderator_id, created_at) values (?, ?, ?, ?, ?)
       on conflict (account_id) do update set until = excluded.until, reason = excluded.reason, moderator_id = excluded.moderator_id, created_at = excluded.created_at`,
      [suspension.accountId, suspension.until, suspension.reason, suspension.moderatorId, suspension.at],
    );
  }

  /** False when the member was not suspended. */
  async deleteSuspension(em: EntityManager, accountId: string): Promise<boolean> {
    const lifted = await sqlIn<{ account_id: string }>(
      em,
      'delete from member_suspension where account_id = ? returning account_id',
      [accountId],
    );
    return lifted.length > 0;
  }

  async findMember(em: EntityManager, aliasKey: string): Promise<{ id: string; alias: string } | undefined> {
    const [row] = await sqlIn<{ id: string; alias: string }>(
      em,
      'select account_id as id, alias from member_alias where alias_key = ?',
      [aliasKey],
    );
    return row;
  }

  // ——— the link blocklist ———

  async listBlockedDomainNames(em: EntityManager): Promise<string[]> {
    const rows = await sqlIn<{ domain: string }>(em, 'select domain from blocked_domain');
    return rows.map((row) => row.domain);
  }

  listBlockedDomains(): Promise<Array<{ domain: string; created_at: Date | string }>> {
    return sqlIn(this.em, 'select domain, created_at from blocked_domain order by domain');
  }

  /** False when the domain was already blocked. */
  async insertBlockedDomain(em: EntityManager, domain: string, addedBy: string, at: Date): Promise<boolean> {
    const added = await sqlIn<{ domain: string }>(
      em,
      'insert into blocked_domain (domain, added_by_id, created_at) values (?, ?, ?) on conflict (domain) do nothing returning domain',
      [domain, addedBy, at],
    );
    return added.length > 0;
  }

  /** False when the domain was not blocked. */
  async deleteBlockedDomain(em: EntityManager, domain: string): Promise<boolean> {
    const removed = await sqlIn<{ domain: string }>(
      em,
      'delete from blocked_domain where domain = ? returning domain',
      [domain],
    );
    return removed.length > 0;
  }

  // ——— account erasure ———

  /** The archive forgets the alias of these posts' author; with `eraseText`, their words too. */
  async forgetAuthor(em: EntityManager, postIds: string[], eraseText: boolean): Promise<void> {
    if (postIds.length === 0) return;
    const ids = uuidArray(postIds);
    await sqlIn(em, 'update removal_archive set author_alias = null where post_id = any(?::uuid[])', [ids]);
    if (eraseText)
      await sqlIn(em, 'update removal_archive set body_sealed = null where post_id = any(?::uuid[])', [ids]);
  }

  /** The archive forgets the titles of threads that no longer exist. */
  async forgetThreadTitles(em: EntityManager, threadIds: string[]): Promise<void> {
    if (threadIds.length === 0) return;
    await sqlIn(em, 'update removal_archive set thread_title = null where thread_id = any(?::uuid[])', [
      uuidArray(threadIds),
    ]);
  }
}
