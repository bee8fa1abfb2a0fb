import { Injectable } from '@nestjs/common';
import type { ThreadCreateResult } from '@sexhandel/shared';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { ThreadCreatePayloadDto } from './dto/forum.payloads';
import { ForumPostingRules } from './forum-posting.rules';
import { ForumRepository } from './forum.repository';
import { normalisePostBody, normaliseThreadTitle, postFingerprint } from './forum-text';
import { insertThread } from './forum-writes';

/** `thread.create`: a new thread and its first post. */
@Injectable()
export class ThreadCreateHandler implements MutationHandler<ThreadCreatePayloadDto, ThreadCreateResult> {
  readonly kind = 'thread.create' as const;
  readonly payloadType = ThreadCreatePayloadDto;
  readonly access = 'account' as const;

  constructor(
    private readonly rules: ForumPostingRules,
    private readonly forum: ForumRepository,
  ) {}

  async apply({ em, actor }: MutationContext, payload: ThreadCreatePayloadDto): Promise<ThreadCreateResult> {
    if (!actor) throw new MutationRejection('unauthenticated', 'Log in to send this');
    const asStaff = this.rules.assertStaffVoice(actor, payload.asStaff);
    await this.rules.lockPostingMember(em, actor);
    const title = normaliseThreadTitle(payload.title);
    const body = normalisePostBody(payload.body);
    this.rules.assertTitle(title);
    this.rules.assertBody(body);
    const now = new Date();
    const fingerprint = postFingerprint(body);
    await this.rules.assertMayPublish(em, actor, [title, body], fingerprint, now, asStaff);
    return insertThread(em, this.forum, {
      title,
      authorId: actor.accountId,
      body,
      fingerprint,
      now,
      staffVoice: asStaff,
    });
  }
}
