import { Injectable } from '@nestjs/common';
import type { PostCreateResult } from '@sexhandel/shared';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { PostCreatePayloadDto } from './dto/forum.payloads';
import { ForumPostingRules } from './forum-posting.rules';
import { ForumRepository } from './forum.repository';
import { normalisePostBody, postFingerprint } from './forum-text';
import { insertPost } from './forum-writes';

/** `post.create`: a reply in an open thread, optionally quoting a published post of it. */
@Injectable()
export class PostCreateHandler implements MutationHandler<PostCreatePayloadDto, PostCreateResult> {
  readonly kind = 'post.create' as const;
  readonly payloadType = PostCreatePayloadDto;
  readonly access = 'account' as const;

  constructor(
    private readonly rules: ForumPostingRules,
    private readonly forum: ForumRepository,
  ) {}

  async apply({ em, actor }: MutationContext, payload: PostCreatePayloadDto): Promise<PostCreateResult> {
    if (!actor) throw new MutationRejection('unauthenticated', 'Log in to send this');
    const asStaff = this.rules.assertStaffVoice(actor, payload.asStaff);
    const { thread } = await this.rules.lockPostingMember(em, actor, payload.threadId);
    const body = normalisePostBody(payload.body);
    this.rules.assertBody(body);
    if (!thread) throw new MutationRejection('thread_not_found', 'This thread does not exist (any more).');
    if (thread.locked)
      throw new MutationRejection('thread_locked', 'This thread is locked: no new replies can be added.');
    const quotePostId = payload.quotePostId ?? null;
    if (quotePostId !== null) {
      if (!(await this.forum.isPublishedInThread(em, quotePostId, payload.threadId))) {
        throw new MutationRejection(
          'quote_not_found',
          'The post you quote is not in this thread, or is no longer shown.',
        );
      }
    }
    const now = new Date();
    const fingerprint = postFingerprint(body);
    await this.rules.assertMayPublish(em, actor, [body], fingerprint, now, asStaff);
    return insertPost(em, this.forum, {
      threadId: payload.threadId,
      authorId: actor.accountId,
      body,
      fingerprint,
      quotePostId,
      now,
      staffVoice: asStaff,
    });
  }
}
