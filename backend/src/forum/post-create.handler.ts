import { Injectable } from '@nestjs/common';
import type { PostCreateResult } from '@sexhandel/shared';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { PostCreatePayloadDto } from './dto/forum.payloads';
import { ForumPostingRules, sqlIn } from './forum-posting.rules';
import { normalisePostBody, postFingerprint } from './forum-text';
import { insertPost } from './forum-writes';

/** `post.create`: a reply in an open thread, optionally quoting a published post of it. */
@Injectable()
export class PostCreateHandler implements MutationHandler<PostCreatePayloadDto, PostCreateResult> {
  readonly kind = 'post.create' as const;
  readonly payloadType = PostCreatePayloadDto;
  readonly access = 'account' as const;

  constructor(private readonly rules: ForumPostingRules) {}

  async apply({ em, actor }: MutationContext, payload: PostCreatePayloadDto): Promise<PostCreateResult> {
    if (!actor) throw new MutationRejection('unauthenticated', 'Log in to send this');
    const asStaff = this.rules.assertStaffVoice(actor, payload.asStaff);
    await this.rules.lockPostingMember(em, actor);
    const body = normalisePostBody(payload.body);
    this.rules.assertBody(body);
    const [thread] = await sqlIn<{ locked: boolean }>(em, 'select locked from thread where id = ?', [payload.threadId]);
    if (!thread) throw new MutationRejection('thread_not_found', 'This thread does not exist (any more).');
    if (thread.locked) throw new MutationRejection('thread_locked', 'This thread is locked: no new replies can be added.');
    const quotePostId = payload.quotePostId ?? null;
    if (quotePostId !== null) {
      const quoted = await sqlIn<{ id: string }>(
        em,
        `select id from post where id = ? and thread_id = ? and status = 'published'`,
        [quotePostId, payload.threadId],
      );
      if (quoted.length === 0) {
        throw new MutationRejection('quote_not_found', 'The post you quote is not in this thread, or is no longer shown.');
      }
    }
    const now = new Date();
    const fingerprint = postFingerprint(body);
    await this.rules.assertMayPublish(em, actor, [body], fingerprint, now, asStaff);
    return insertPost(em, { threadId: payload.threadId, authorId: actor.accountId, body, fingerprint, quotePostId, now, staffVoice: asStaff });
  }
}
