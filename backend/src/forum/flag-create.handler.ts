import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FlagCreateResult } from '@sexhandel/shared';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { FlagCreatePayloadDto } from './dto/forum.payloads';
import { ForumHooks } from './forum-hooks';
import { sqlIn } from './forum-posting.rules';

/** `flag.create`: a member reports a published post as breaking a rule; once per post. */
@Injectable()
export class FlagCreateHandler implements MutationHandler<FlagCreatePayloadDto, FlagCreateResult> {
  readonly kind = 'flag.create' as const;
  readonly payloadType = FlagCreatePayloadDto;
  readonly access = 'account' as const;

  constructor(private readonly hooks: ForumHooks) {}

  async apply({ em, actor }: MutationContext, payload: FlagCreatePayloadDto): Promise<FlagCreateResult> {
    if (!actor) throw new MutationRejection('unauthenticated', 'Log in to send this');
    const [post] = await sqlIn<{ author_id: string | null }>(
      em,
      `select author_id from post where id = ? and status = 'published'`,
      [payload.postId],
    );
    if (!post) throw new MutationRejection('post_not_found', 'This post does not exist or is no longer shown.');
    if (post.author_id === actor.accountId) throw new MutationRejection('own_post', 'You cannot flag your own post.');
    const note = payload.note?.replace(/\u0000/g, '').trim() || null;
    // The unique key decides between two racing flags, without aborting the transaction.
    const inserted = await sqlIn<{ id: string }>(
      em,
      `insert into flag (id, post_id, member_id, rule, note, created_at) values (?, ?, ?, ?, ?, ?)
       on conflict (post_id, member_id) do nothing returning id`,
      [randomUUID(), payload.postId, actor.accountId, payload.rule, note, new Date()],
    );
    if (inserted.length === 0) throw new MutationRejection('already_flagged', 'You have already flagged this post.');
    await this.hooks.notifyFlagCreated({ em, flagId: inserted[0].id, postId: payload.postId });
    return { flagId: inserted[0].id };
  }
}
