import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { LIMITS, type AuditAction } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { decodeKeysetCursor, keysetPage } from '../forum/forum-cursor';
import { AuditEntry } from './audit-entry.entity';
import type { AuditPageResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';
import { ModerationRepository } from './moderation.repository';

/** The parts of a logged reason, as the services above write it ("rule 2: …", "until …: …", "alias: roles"). */
export function reasonParts(
  action: string,
  reason: string | null,
): { rule: number | null; until: string | null; note: string | null } {
  const none = { rule: null, until: null, note: reason };
  if (reason === null) return none;
  if (action === 'post.remove') {
    const match = /^rule (\d+): ([\s\S]*)$/.exec(reason);
    return match ? { rule: Number(match[1]), until: null, note: match[2] ?? null } : none;
  }
  if (action === 'member.suspend') {
    const match = /^until (\S+): ([\s\S]*)$/.exec(reason);
    return match ? { rule: null, until: match[1] ?? null, note: match[2] ?? null } : none;
  }
  if (action === 'staff.roles') {
    const roles = reason.slice(reason.lastIndexOf(': ') + 2);
    return { rule: null, until: null, note: roles === 'member only' ? '' : roles };
  }
  return none;
}

/** Writes and reads the append-only audit log. Rows are only ever inserted (a trigger refuses the rest). */
@Injectable()
export class AuditLogService {
  constructor(private readonly moderation: ModerationRepository) {}

  /** Adds one row inside the caller's transaction (persist; the caller's flush writes it). */
  appendEntry(
    em: EntityManager,
    actor: Actor,
    action: AuditAction,
    target: { type: string; id: string },
    reason: string | null,
  ): void {
    em.persist(
      new AuditEntry({
        actorId: actor.accountId,
        actorAlias: actor.alias,
        action,
        targetType: target.type,
        targetId: target.id,
        reason,
      }),
    );
  }

  /** Newest first, keyset on (at, id). */
  async listAuditEntries(query: { cursor?: string; limit?: number }): Promise<AuditPageResponse> {
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const before = query.cursor === undefined ? null : decodeKeysetCursor(query.cursor);
    if (query.cursor !== undefined && !before) throw moderationErrors.badCursor();
    const rows = await this.moderation.listAuditEntries(before, limit + 1);
    const { page, nextCursor } = keysetPage(rows, limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        actorAlias: row.actor_alias,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        reason: row.reason,
        at: new Date(row.at).toISOString(),
        threadId: row.thread_id,
        threadTitle: row.thread_title,
        targetAlias: row.target_alias,
        ...reasonParts(row.action, row.reason),
      })),
      nextCursor,
    };
  }
}
