import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { containsLink, LIMITS, LINK_RULE } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MutationRejection } from '../sync/mutation-handler';
import { ForumHooks } from './forum-hooks';
import { ForumRepository } from './forum.repository';

const HOUR_MS = 3_600_000;

/** When links become allowed for an account that joined at `joinedAt`. */
export function linksAllowedAfter(joinedAt: Date): Date {
  return new Date(joinedAt.getTime() + LINK_RULE.minAccountAgeHours * HOUR_MS);
}

function formatWhen(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The server-side rules every new post passes (thread.create and post.create): rules accepted,
 * length, links for new members, repeats, and the per-member rate. All counted from the
 * database, so they hold across API nodes.
 */
@Injectable()
export class ForumPostingRules {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hooks: ForumHooks,
    private readonly forum: ForumRepository,
  ) {}

  /**
   * Refuses a member who has not accepted the rules. Locks their forum_member row, so one
   * member's posts are checked and written one after the other (exact rate and repeat checks).
   * With a thread id, also tells whether that thread exists and is locked (read in the same query).
   */
  async lockPostingMember(
    em: EntityManager,
    actor: Actor,
    threadId?: string,
  ): Promise<{ thread: { locked: boolean } | undefined }> {
    const [row] = await this.forum.lockMember(em, actor.accountId, threadId);
    if (!row || row.rules_accepted_at === null) {
      throw new MutationRejection('rules_not_accepted', 'Read and accept the six forum rules before you post.');
    }
    return { thread: row.thread_found ? { locked: row.thread_locked === true } : undefined };
  }

  assertBody(body: string): void {
    const length = body.trim().length;
    if (length === 0)
      throw new MutationRejection('empty_body', 'The post is empty. Write something before you send it.');
    if (length > LIMITS.postBodyMax) {
      throw new MutationRejection(
        'too_long',
        `The post is ${length.toLocaleString('en')} characters long; at most ${LIMITS.postBodyMax.toLocaleString('en')} fit. Shorten it or split it in two.`,
      );
    }
  }

  assertTitle(title: string): void {
    if (title.length === 0) throw new MutationRejection('empty_body', 'The thread needs a title.');
    if (title.length > LIMITS.threadTitleMax) {
      throw new MutationRejection(
        'too_long',
        `The title is ${title.length} characters long; at most ${LIMITS.threadTitleMax} fit.`,
      );
    }
  }

  /** `asStaff` ("Redaksjonen") is for moderators and editors (admins pass every role check). */
  assertStaffVoice(actor: Actor, asStaff: boolean | undefined): boolean {
    if (!asStaff) return false;
    if (!actor.roles.some((role) => role === 'moderator' || role === 'editor' || role === 'admin')) {
      throw new MutationRejection('forbidden', 'Only moderators and editors can post as "Redaksjonen".');
    }
    return true;
  }

  /** Links (not for the staff voice), repeats, rate and any checks other modules added, in that order. */
  async assertMayPublish(
    em: EntityManager,
    actor: Actor,
    texts: string[],
    fingerprint: string,
    now: Date,
    asStaff = false,
  ): Promise<void> {
    if (!asStaff) await this.assertLinksAllowed(em, actor, texts, now);
    await this.assertNotRepeatedAndWithinRate(em, actor, fingerprint, now);
    await this.hooks.runPostingChecks({ em, actor, texts });
  }

  private async assertLinksAllowed(em: EntityManager, actor: Actor, texts: string[], now: Date): Promise<void> {
    if (!texts.some(containsLink)) return;
    const standing = await this.forum.findStanding(actor.accountId, em);
    const published = Number(standing?.published ?? 0);
    const after = linksAllowedAfter(new Date(standing?.joined_at ?? now));
    if (published >= LINK_RULE.minPublishedPosts && after <= now) return;
    const missing: string[] = [];
    if (published < LINK_RULE.minPublishedPosts) {
      missing.push(`${LINK_RULE.minPublishedPosts - published} more published post(s) without links`);
    }
    if (after > now) missing.push(`your account to be 24 hours old (from ${formatWhen(after)})`);
    throw new MutationRejection(
      'links_not_yet_allowed',
      `New members cannot post links yet (rule 6, against spam). Links are allowed after ${LINK_RULE.minPublishedPosts} published posts and 24 hours as a member; you need ${missing.join(' and ')}. Remove the link or send this later.`,
    );
  }

  /** A repeat of the last 24 hours is refused first, then a post past the rate (both read in one query). */
  private async assertNotRepeatedAndWithinRate(
    em: EntityManager,
    actor: Actor,
    fingerprint: string,
    now: Date,
  ): Promise<void> {
    const { max, windowMinutes } = this.config.forumPostRateLimit;
    // Counting stops at the limit: the check costs the same however much the member wrote.
    const history = await this.forum.postingHistory(em, actor.accountId, {
      fingerprint,
      repeatSince: new Date(now.getTime() - 24 * HOUR_MS),
      rateSince: new Date(now.getTime() - windowMinutes * 60_000),
      max,
    });
    if (history.repeated) {
      throw new MutationRejection(
        'duplicate_post',
        'You posted the same text in the last 24 hours. Write something new instead.',
      );
    }
    if (history.n < max) return;
    const oldest = history.oldest ?? now;
    const waitMinutes = Math.max(1, Math.ceil((oldest.getTime() + windowMinutes * 60_000 - now.getTime()) / 60_000));
    throw new MutationRejection(
      'rate_limited',
      `You can send at most ${max} posts in ${windowMinutes} minutes. Try again in ${waitMinutes} minute(s); your post waits on your device.`,
    );
  }
}
