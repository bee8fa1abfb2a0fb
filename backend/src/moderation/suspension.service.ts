import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MutationKind } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { sqlIn } from '../forum/forum-posting.rules';
import { MutationRejection, type MutationContext } from '../sync/mutation-handler';
import { AuditLogService } from './audit-log.service';
import type { SuspensionResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';

/** What a suspended member cannot send; reading and drafting on the device stay open. */
export const SUSPENDED_KINDS: readonly MutationKind[] = ['thread.create', 'post.create', 'flag.create'];

const formatUntil = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Suspensions by moderators (audited) and the sync gate that refuses a suspended member's pushes. */
@Injectable()
export class SuspensionService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
  ) {}

  /** MutationGate for the sync push path: runs before every 'account' handler, inside its transaction. */
  async refuseSuspended({ em, actor }: MutationContext, kind: MutationKind): Promise<void> {
    if (!actor || !SUSPENDED_KINDS.includes(kind)) return;
    const [row] = await sqlIn<{ until: Date | string }>(
      em,
      'select until from member_suspension where account_id = ? and until > ?',
      [actor.accountId, new Date()],
    );
    if (!row) return;
    throw new MutationRejection(
      'suspended',
      `Your account is suspended until ${formatUntil(new Date(row.until))}. You can still read the forum and keep your drafts; send them after that date.`,
    );
  }

  async suspendMember(
    actor: Actor,
    alias: string,
    input: { until: string; reason: string },
  ): Promise<SuspensionResponse> {
    const until = new Date(input.until);
    if (Number.isNaN(until.getTime()))
      throw moderationErrors.badRequest('until must be an ISO date-time', 'validation');
    if (until <= new Date()) throw moderationErrors.badRequest('until must be in the future', 'until_in_past');
    return this.em.fork().transactional(async (em) => {
      const target = await this.findAccount(em, alias);
      await sqlIn(
        em,
        `insert into member_suspension (account_id, until, reason, moderator_id, created_at) values (?, ?, ?, ?, ?)
         on conflict (account_id) do update set until = excluded.until, reason = excluded.reason, moderator_id = excluded.moderator_id, created_at = excluded.created_at`,
        [target.id, until, input.reason, actor.accountId, new Date()],
      );
      this.audit.appendEntry(
        em,
        actor,
        'member.suspend',
        { type: 'account', id: target.id },
        `until ${until.toISOString()}: ${input.reason}`,
      );
      await em.flush();
      return { alias: target.alias, until: until.toISOString(), reason: input.reason };
    });
  }

  async liftSuspension(actor: Actor, alias: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const target = await this.findAccount(em, alias);
      const lifted = await sqlIn<{ account_id: string }>(
        em,
        'delete from member_suspension where account_id = ? returning account_id',
        [target.id],
      );
      if (lifted.length === 0) throw moderationErrors.notFound('This member is not suspended.', 'not_suspended');
      this.audit.appendEntry(em, actor, 'member.unsuspend', { type: 'account', id: target.id }, null);
      await em.flush();
    });
  }

  private async findAccount(em: EntityManager, alias: string): Promise<{ id: string; alias: string }> {
    const [row] = await sqlIn<{ id: string; alias: string }>(em, 'select id, alias from account where alias_key = ?', [
      toAliasKey(alias),
    ]);
    if (!row) throw moderationErrors.notFound('No member has this alias.');
    return row;
  }
}
