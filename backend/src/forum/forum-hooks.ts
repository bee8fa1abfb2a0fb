import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../accounts/actor';

/** What a posting check sees: the texts about to be published. */
export interface PostingAttempt {
  em: EntityManager;
  actor: Actor;
  /** Title (for thread.create) and body, normalised. */
  texts: string[];
}

export interface FlagCreated {
  em: EntityManager;
  flagId: string;
  postId: string;
}

/**
 * Extension points for other modules (moderation: suspensions, the link blocklist, hiding a post
 * after enough flags). Listeners run inside the mutation's transaction; a check refuses by
 * throwing MutationRejection.
 */
@Injectable()
export class ForumHooks {
  private readonly postingChecks: Array<(attempt: PostingAttempt) => Promise<void>> = [];
  private readonly flagListeners: Array<(event: FlagCreated) => Promise<void>> = [];

  addPostingCheck(check: (attempt: PostingAttempt) => Promise<void>): void {
    this.postingChecks.push(check);
  }

  addFlagListener(listener: (event: FlagCreated) => Promise<void>): void {
    this.flagListeners.push(listener);
  }

  async runPostingChecks(attempt: PostingAttempt): Promise<void> {
    for (const check of this.postingChecks) await check(attempt);
  }

  async notifyFlagCreated(event: FlagCreated): Promise<void> {
    for (const listener of this.flagListeners) await listener(event);
  }
}
