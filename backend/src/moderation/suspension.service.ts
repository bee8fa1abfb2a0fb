import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { MutationKind } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { MutationRejection, type MutationContext } from '../sync/mutation-handler';
import { AuditLogService } from './audit-log.service';
import type { SuspensionResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';
import { ModerationRepository } from './moderation.repository';

/** What a suspended member cannot send; reading and drafting on the device stay open. */
export const SUSPENDED_KINDS: readonly MutationKind[] = ['thread.create', 'post.create', 'flag.create'];

const formatUntil = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Suspensions by moderators (audited) and the sync gate that refuses a suspended member's pushes. */
@Injectable()
export class SuspensionService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly moderation: ModerationRepository,
  ) {}

  /** MutationGate for the sync push path: runs before every 'account' handler, inside its transaction. */
  async refuseSuspended({ em, actor, batchOnce }: MutationContext, kind: MutationKind): Promise<void> {
    if (!actor || !SUSPENDED_KINDS.includes(kind)) return;
    // Read once per push: every mutation of the batch is one member's, in one transaction.
    const until = await batchOnce(`suspension:${actor.accountId}`, () =>
      this.moderation.findSuspensionEnd(em, actor.accountId),
    );
    if (until === null || until.getTime() <= Date.now()) return;
    throw new MutationRejection(
      'suspended',
      `Your account is suspended until ${formatUntil(new Date(until))}. You can still read the forum and keep your drafts; send them after that date.`,
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
      await this.moderation.upsertSuspension(em, {
        accountId: target.id,
        until,
        reason: input.reason,
        moderatorId: actor.accountId,
        at: new Date(),
      });
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
      if (!(await this.moderation.deleteSuspension(em, target.id)))
        throw moderationErrors.notFound('This member is not suspended.', 'not_suspended');
      this.audit.appendEntry(em, actor, 'member.unsuspend', { type: 'account', id: target.id }, null);
      await em.flush();
    });
  }

  private async findAccount(em: EntityManager, alias: string): Promise<{ id: string; alias: string }> {
    const row = await this.moderation.findMember(em, toAliasKey(alias));
    if (!row) throw moderationErrors.notFound('No member has this alias.');
    return row;
  }
}
