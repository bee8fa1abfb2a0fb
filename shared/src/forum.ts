/** The forum contract: read DTOs, mutation payloads and results, rejection codes, and the body parser. */

import type { Role } from './roles.js';

/** How much a member has written, shown next to their alias. */
export const ACTIVITY_CATEGORIES = ['observer', 'passive', 'active', 'superUser'] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** observer 0 published posts, passive 1–9, active 10–100, superUser over 100. */
export function activityCategory(publishedPosts: number): ActivityCategory {
  if (publishedPosts > 100) return 'superUser';
  if (publishedPosts >= 10) return 'active';
  if (publishedPosts >= 1) return 'passive';
  return 'observer';
}

/** 'hidden' (awaiting a moderator) and 'removed' posts carry no body on any public path. */
export const POST_STATUSES = ['published', 'hidden', 'removed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export interface ThreadSummaryDto {
  id: string;
  title: string;
  /** Alias of the member who started the thread; null when that account was deleted ("deleted member"). */
  starterAlias: string | null;
  /** Started by the editorial voice ("Redaksjonen"): an article's discussion or a staff-voice thread. */
  starterStaffVoice: boolean;
  /** Published posts, the first one included. */
  postCount: number;
  createdAt: string;
  lastActivityAt: string;
  locked: boolean;
}

export interface ThreadDto extends ThreadSummaryDto {
  /** The article this thread discusses, if any. */
  articleId: string | null;
}

export interface ThreadPageDto {
  items: ThreadSummaryDto[];
  /** Pass as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface PostDto {
  id: string;
  threadId: string;
  /** Null when the author deleted their account: show "deleted member". */
  authorAlias: string | null;
  createdAt: string;
  /** Plain text as written; null unless status is 'published'. Render with parsePostBody, never as HTML. */
  body: string | null;
  status: PostStatus;
  quotePostId: string | null;
  /** Written by staff as "Redaksjonen". */
  staffVoice: boolean;
  /** Written by the member an editor linked as the author of the thread's article: show a badge. */
  articleAuthor?: boolean;
  /** Set when status is 'removed': show this notice in the post's place. */
  removal?: PostRemovalNoticeDto | null;
}

/** What a thread shows in place of a removed post: the rule broken and the moderator's note (never the text). */
export interface PostRemovalNoticeDto {
  rule: number;
  /** Title of the rule as published; null if the rule has no published text. */
  ruleTitle: string | null;
  note: string;
  removedAt: string;
}

export interface PostPageDto {
  items: PostDto[];
  /**
   * Position after the last post returned (or the `after` sent, when nothing came): pass it as
   * `after` to read on, or later to fetch only posts written since. Null for an empty thread.
   */
  nextCursor: string | null;
  /** True when more posts follow right now. */
  hasMore: boolean;
}

export interface MemberProfileDto {
  alias: string;
  joinedAt: string;
  /** Published posts. */
  postCount: number;
}

/** Links in posts need this much standing (rule 6, spam). */
export const LINK_RULE = { minPublishedPosts: 3, minAccountAgeHours: 24 } as const;

export interface ForumMembershipDto {
  /** When the member accepted the six forum rules; null if not yet (posting is refused until then). */
  rulesAcceptedAt: string | null;
  publishedPosts: number;
  /** Whether a post may contain links now. */
  linksAllowed: boolean;
  /** When the account is old enough for links (the post count must also be reached). */
  linksAllowedAfter: string;
}

/** Payload of `thread.create`: a new thread with its first post. */
export interface ThreadCreatePayload {
  title: string;
  body: string;
  /** Moderators and editors only: post as "Redaksjonen" (staffVoice); anyone else is rejected 'forbidden'. */
  asStaff?: boolean;
}

export interface ThreadCreateResult {
  threadId: string;
  postId: string;
}

/** Payload of `post.create`: a reply, optionally quoting a published post of the same thread. */
export interface PostCreatePayload {
  threadId: string;
  body: string;
  quotePostId?: string;
  /** Moderators and editors only: post as "Redaksjonen" (staffVoice); anyone else is rejected 'forbidden'. */
  asStaff?: boolean;
}

export interface PostCreateResult {
  postId: string;
  threadId: string;
}

/** Payload of `flag.create`: a member reports a post as breaking rule 1..6. */
export interface FlagCreatePayload {
  postId: string;
  rule: number;
  note?: string;
}

export interface FlagCreateResult {
  flagId: string;
}

/** `GET /api/account/export`: everything the service holds about the signed-in person. */
export interface AccountExportDto {
  exportedAt: string;
  profile: {
    alias: string;
    email: string;
    roles: Role[];
    joinedAt: string;
    rulesAcceptedAt: string | null;
    /** When research consent was given; null when not given or withdrawn. */
    researchConsentAt: string | null;
  };
  posts: Array<{
    id: string;
    threadId: string;
    threadTitle: string;
    createdAt: string;
    status: PostStatus;
    body: string;
    quotePostId: string | null;
  }>;
  flags: Array<{ id: string; postId: string; rule: number; note: string | null; createdAt: string }>;
}

export type AccountDeletionPosts = 'keep' | 'erase';

/** `POST /api/account/deletion`: 'keep' leaves posts under "deleted member", 'erase' deletes them. */
export interface AccountDeletionRequest {
  password: string;
  posts: AccountDeletionPosts;
}

// ---- Post body: plain text with light formatting, parsed into data (never HTML) ----

export type PostInline =
  { type: 'text'; text: string } | { type: 'link'; href: string; text: string } | { type: 'break' };

export interface PostBlock {
  /** 'quote' for a run of lines starting with "> ". */
  type: 'paragraph' | 'quote';
  inlines: PostInline[];
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Splits one line into text and http(s) link tokens. */
function inlinesOf(line: string): PostInline[] {
  const out: PostInline[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
    // Keep a closing parenthesis that belongs to the URL, e.g. Wikipedia links.
    const keep = trailing.startsWith(')') && url.includes('(') ? 1 : 0;
    url = url.slice(0, url.length - trailing.length + keep);
    const start = match.index;
    let href: string | null = null;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') href = parsed.href;
    } catch {
      href = null;
    }
    if (href === null || url.length <= 'https://'.length) continue;
    if (start > last) out.push({ type: 'text', text: line.slice(last, start) });
    out.push({ type: 'link', href, text: url });
    last = start + url.length;
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
  return out;
}

function blockOf(type: PostBlock['type'], lines: string[]): PostBlock {
  const inlines: PostInline[] = [];
  lines.forEach((line, index) => {
    if (index > 0) inlines.push({ type: 'break' });
    inlines.push(...inlinesOf(line));
  });
  return { type, inlines };
}

/**
 * Turns a post body into blocks: paragraphs split on blank lines, quote blocks from lines that
 * start with "> ", http(s) URLs as link tokens. The output is data for the renderer (Lit text
 * bindings); nothing in it is HTML, and a link is only ever http: or https:.
 */
export function parsePostBody(text: string): PostBlock[] {
  const blocks: PostBlock[] = [];
  let kind: PostBlock['type'] | null = null;
  let lines: string[] = [];
  const close = () => {
    if (kind !== null && lines.length > 0) blocks.push(blockOf(kind, lines));
    kind = null;
    lines = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      close();
      continue;
    }
    const quoted = raw.startsWith('> ') || raw === '>';
    const lineKind: PostBlock['type'] = quoted ? 'quote' : 'paragraph';
    if (kind !== lineKind) close();
    kind = lineKind;
    lines.push(quoted ? raw.slice(2) : raw);
  }
  close();
  return blocks;
}

// Common and spam-prone top-level domains: a bare "name.tld" with one of these counts as a link.
// A list (not any letters) so Norwegian abbreviations like "f.eks." or "bl.a." are not links.
const LINK_TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'tv',
  'cc',
  'ws',
  'to',
  'ly',
  'gl',
  'nu',
  'eu',
  'xyz',
  'app',
  'online',
  'site',
  'club',
  'top',
  'live',
  'shop',
  'store',
  'vip',
  'pro',
  'mobi',
  'link',
  'click',
  'porn',
  'sex',
  'xxx',
  'adult',
  'cam',
  'dating',
  'escort',
  'sexy',
  'webcam',
  'no',
  'se',
  'dk',
  'fi',
  'is',
  'de',
  'uk',
  'nl',
  'fr',
  'es',
  'it',
  'pl',
  'ru',
  'ua',
  'cz',
  'ch',
  'at',
  'be',
  'us',
  'ca',
  'au',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'su',
  'in',
  'br',
  'cn',
  'jp',
  'lt',
  'lv',
  'ee',
  'ro',
  'hu',
  'gr',
  'pt',
  'ie',
  'onion',
];
const LINK_PATTERNS = [
  /https?:\/\//i,
  /\bwww\./i,
  new RegExp(
    `(?:^|[^\\p{L}\\p{N}@.-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${LINK_TLDS.join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
];

/** True when the text holds a link: http(s)://, www., or a bare domain such as example.com. */
export function containsLink(text: string): boolean {
  return LINK_PATTERNS.some((pattern) => pattern.test(text));
}
