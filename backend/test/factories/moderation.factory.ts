import { randomUUID } from 'node:crypto';
import type { FlagCreatePayload, MutationResult, PostPageDto } from '@sexhandel/shared';
import type { TestApp } from '../test-app';
import { createSignedIn, type SignedInClient } from './account.factory';
import { createForumMember, type ForumClient } from './forum.factory';
import { buildMutation, push } from './sync.factory';

/** The six forum rules the moderation specs publish; removals and the public log quote these titles. */
export const RULE_TITLES = [
  'Vær saklig',
  'Ingen hets',
  'Ingen personangrep',
  'Ingen kjøp eller salg',
  'Ingen personopplysninger',
  'Ingen spam eller reklame',
];

export interface ModerationCast {
  moderator: SignedInClient;
  /** Established: past the links rule. */
  author: ForumClient;
  member: ForumClient;
}

/** Publishes RULE_TITLES as rules 1–6 and signs in a moderator, an established author and a new member. */
export async function createModerationCast(sut: TestApp): Promise<ModerationCast> {
  for (const [index, title] of RULE_TITLES.entries()) {
    await sut.sql(
      `insert into forum_rule (id, number, title, text, published, created_at, updated_at) values (?, ?, ?, ?, true, now(), now())`,
      [randomUUID(), index + 1, title, `Regel ${index + 1}`],
    );
  }
  const moderator = await createSignedIn(sut, { roles: ['member', 'moderator'] });
  const author = await createForumMember(sut, { established: true });
  const member = await createForumMember(sut);
  return { moderator, author, member };
}

export async function countAuditEntries(sut: TestApp): Promise<number> {
  return Number((await sut.sql<{ n: string }>('select count(*) as n from audit_entry'))[0].n);
}

export async function pushFlag(
  sut: TestApp,
  client: SignedInClient,
  payload: FlagCreatePayload,
): Promise<MutationResult> {
  const { body } = await push(sut, [buildMutation('flag.create', payload)], { ...client.headers });
  return body.results[0];
}

/** A thread's first page of posts as the public sees it. */
export async function getPostPage(sut: TestApp, threadId: string): Promise<PostPageDto> {
  return (await sut.app.inject({ method: 'GET', url: `/api/threads/${threadId}/posts` })).json<PostPageDto>();
}
