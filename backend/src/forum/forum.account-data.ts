import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AccountDataPart, AccountErasure, AccountExportPiece } from '../account-data/account-data.registry';
import { iso } from '../common/iso';
import { ForumMemberDataRepository } from './forum-member-data.repository';

/**
 * The member's forum data: rules acceptance, their posts (whatever the status: this is their copy,
 * not a public path) and flags. Erasing keeps the posts under "deleted member" or deletes them.
 */
@Injectable()
export class ForumAccountData implements AccountDataPart {
  readonly feature = 'forum';
  readonly eraseOrder = 20;

  constructor(private readonly forum: ForumMemberDataRepository) {}

  async exportFor(em: EntityManager, accountId: string): Promise<AccountExportPiece> {
    const rulesAcceptedAt = await this.forum.findRulesAcceptedAt(em, accountId);
    const posts = await this.forum.listOwnPosts(em, accountId);
    const flags = await this.forum.listOwnFlags(em, accountId);
    return {
      profile: { rulesAcceptedAt: rulesAcceptedAt ? iso(rulesAcceptedAt) : null },
      posts: posts.map((row) => ({
        id: row.id,
        threadId: row.thread_id,
        threadTitle: row.title,
        createdAt: iso(row.created_at),
        status: row.status,
        body: row.body,
        quotePostId: row.quote_post_id,
      })),
      flags: flags.map((row) => ({
        id: row.id,
        postId: row.post_id,
        rule: Number(row.rule),
        note: row.note,
        createdAt: iso(row.created_at),
      })),
    };
  }

  async erase({ em, accountId, posts }: AccountErasure): Promise<void> {
    // A thread they started goes only when nobody else wrote in it.
    if (posts === 'erase') await this.forum.erasePostsOf(em, accountId);
    await this.forum.forgetMember(em, accountId);
  }
}
