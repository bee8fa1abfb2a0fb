import { Injectable } from '@nestjs/common';
import type { AccountDataPart, AccountErasure } from '../account-data/account-data.registry';
import { ForumMemberDataRepository } from '../forum/forum-member-data.repository';
import { ModerationRepository } from './moderation.repository';

/**
 * The removal archive forgets the alias of an erased account; with 'erase' it also drops its
 * copy of their removed posts and the title of a thread deleted with them. Runs before forum's
 * part, while the posts still name their author.
 */
@Injectable()
export class ModerationAccountData implements AccountDataPart {
  readonly feature = 'moderation';
  readonly eraseOrder = 10;

  constructor(
    private readonly moderation: ModerationRepository,
    private readonly forum: ForumMemberDataRepository,
  ) {}

  async erase({ em, accountId, posts }: AccountErasure): Promise<void> {
    const postIds = await this.forum.listPostIdsByAuthor(em, accountId);
    await this.moderation.forgetAuthor(em, postIds, posts === 'erase');
    if (posts === 'erase') {
      await this.moderation.forgetThreadTitles(em, await this.forum.listThreadIdsErasedWith(em, accountId));
    }
  }
}
