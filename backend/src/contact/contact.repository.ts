import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ConversationStatus } from '@sexhandel/shared';
import { placeholders, sqlIn } from '../common/sql';

/**
 * Contact's SQL, the only place that names its tables (contact_conversation, contact_message,
 * contact_note, qa).
 */
@Injectable()
export class ContactRepository {
  constructor(private readonly em: EntityManager) {}

  countConversationsByStatus(
    em: EntityManager = this.em,
  ): Promise<Array<{ status: ConversationStatus; count: string }>> {
    return sqlIn(em, 'select status, count(*)::text as count from contact_conversation group by status');
  }

  async countMessages(em: EntityManager, conversationIds: string[]): Promise<Map<string, number>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await sqlIn<{ conversation_id: string; count: string }>(
      em,
      `select conversation_id, count(*)::text as count from contact_message where conversation_id in (${placeholders(conversationIds.length)}) group by conversation_id`,
      conversationIds,
    );
    return new Map(rows.map((row) => [row.conversation_id, Number(row.count)]));
  }

  /** Conversations begun per Oslo month, oldest first. */
  countConversationsPerMonth(): Promise<Array<{ month: string; conversations: string }>> {
    return sqlIn(
      this.em,
      `select to_char(created_at at time zone 'Europe/Oslo', 'YYYY-MM') as month, count(*) as conversations
       from contact_conversation group by 1 order by 1`,
    );
  }

  /** A staff account's answers, notes and Q&A drafts stay, without its name. */
  async forgetStaffMember(em: EntityManager, accountId: string): Promise<void> {
    await sqlIn(em, 'update contact_message set counsellor_id = null where counsellor_id = ?', [accountId]);
    await sqlIn(em, 'update contact_note set author_id = null where author_id = ?', [accountId]);
    await sqlIn(em, 'update qa set created_by_id = null where created_by_id = ?', [accountId]);
  }
}
