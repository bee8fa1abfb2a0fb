import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { LIMITS, type AuditAction } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { cursorTimeSql, decodeKeysetCursor, keysetPage } from '../forum/forum-cursor';
import { AuditEntry } from './audit-entry.entity';
import type { AuditPageResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';

/** Writes and reads the append-only audit log. Rows are only ever inserted (a trigger refuses the rest). */
@Injectable()
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

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
    const rows = await this.em
      .getConnection()
      .execute<
        Array<{
          id: string;
          actor_alias: string;
          action: string;
          target_type: string;
          target_id: string;
          reason: string | null;
          at: Date | string;
          cursor_at: string;
        }>
      >(
        `select id, actor_alias, action, target_type, target_id, reason, at, ${cursorTimeSql('at')} as cursor_at from audit_entry
       ${before ? 'where (at, id) < (?::timestamptz, ?::uuid)' : ''} order by at desc, id desc limit ?`,
        before ? [before.at, before.id, limit + 1] : [limit + 1],
      );
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
      })),
      nextCursor,
    };
  }
}
