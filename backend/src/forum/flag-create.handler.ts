import { Injectable } from '@nestjs/common';
import type { FlagCreateResult } from '@sexhandel/shared';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { FlagCreatePayloadDto } from './dto/forum.payloads';
import { ForumHooks } from './forum-hooks';
import { ForumRepository } from './forum.repository';

/** `flag.create`: a member reports a published post as breaking a rule; once per post. */
@Injectable()
export class FlagCreateHandler implements MutationHandler<FlagCreatePayloadDto, FlagCreateResult> {
  readonly kind = 'flag.create' as const;
  readonly payloadType = FlagCreatePayloadDto;
  readonly access = 'account' as const;

  constructor(
    private readonly hooks: ForumHooks,
    private readonly forum: ForumRepository,
  ) {}

  async apply({ em, actor }: MutationContext, payload: FlagCreatePayloadDto): Promise<FlagCreateResult> {
    if (!actor) throw new MutationRejection('unauthenticated', 'Log in to send this');
    const post = await this.forum.findPublishedPostAuthor(em, payload.postId);
    if (!post) throw new MutationRejection('post_not_found', 'This post does not exist or is no longer shown.');
    if (post.author_id === actor.accountId) throw new MutationRejection('own_post', 'You cannot flag your own post.');
    const note = payload.note?.replace(/\u0000/g, '').trim() || null;
    // The unique key decides between two racing flags, without aborting the transaction.
    const flagId = await this.forum.insertFlag(em, {
      postId: payload.postId,
      memberId: actor.accountId,
      rule: payload.rule,
      note,
      at: new Date(),
    });
    if (flagId === null) throw new MutationRejection('already_flagged', 'You have already flagged this post.');
    await this.hooks.notifyFlagCreated({ em, flagId, postId: payload.postId });
    return { flagId };
  }
}
