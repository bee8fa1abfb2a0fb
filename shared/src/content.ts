/** Published content as devices receive it through pull and the read endpoints. */

export const AUTHOR_ROLES = ['researcher', 'student', 'politician', 'practitioner', 'staff', 'other'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const RESOURCE_KINDS = ['literature', 'organisation', 'helpService'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The order the resource page shows its groups in (app and server page alike): help first. */
export const RESOURCE_KINDS_SHOWN: readonly ResourceKind[] = ['helpService', 'organisation', 'literature'];

/** Article topics (tags) once each, in Norwegian alphabetical order: the topic filter on every side. */
export function sortTopics(tags: Iterable<string>): string[] {
  return [...new Set(tags)].sort((a, b) => a.localeCompare(b, 'nb'));
}

/** Resources within a group: by name in Norwegian alphabetical order (Æ, Ø, Å after Z), on every side. */
export function compareResourceNames(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'nb');
}

export interface PageDto {
  id: string;
  slug: string;
  title: string;
  lead: string;
  /** Sanitised HTML rendered from Markdown on the server. */
  html: string;
  /** Order in the information menu. */
  position: number;
  updatedAt: string;
}

export interface ArticleSummaryDto {
  id: string;
  slug: string;
  title: string;
  lead: string;
  authorName: string;
  authorRole: AuthorRole;
  tags: string[];
  publishedAt: string;
  readingMinutes: number;
  /** The article's forum thread, opened when it was first published. */
  discussionThreadId?: string | null;
  /**
   * Published posts in that thread when this copy was made: in pulled copies only. The API's cached
   * article answers leave it out; GET /api/threads/:id has the current count.
   */
  discussionPostCount?: number;
}

export interface ArticleDto extends ArticleSummaryDto {
  html: string;
  updatedAt: string;
}

export interface ArticlePageDto {
  items: ArticleSummaryDto[];
  nextCursor: string | null;
}

export interface NewsLinkDto {
  id: string;
  title: string;
  url: string;
  source: string;
  /** Day of the news story, YYYY-MM-DD. */
  date: string;
  comment: string;
}

export interface ResourceDto {
  id: string;
  kind: ResourceKind;
  name: string;
  url: string | null;
  /** The phone number as shown, which may say more ("02800 (nødnummer 112)"). Never dialled from. */
  phone: string | null;
  /** The number a `tel:` link dials: digits with an optional leading +, exactly as the editor entered it. */
  phoneNumber: string | null;
  description: string;
}

/** What a dialable phone number looks like (`ResourceDto.phoneNumber`): 3–15 digits, optional leading +. */
export const PHONE_NUMBER_PATTERN = /^\+?[0-9]{3,15}$/;

export interface ForumRuleDto {
  id: string;
  number: number;
  title: string;
  text: string;
}
