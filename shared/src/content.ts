/** Published content as devices receive it through pull and the read endpoints. */

export const AUTHOR_ROLES = ['researcher', 'student', 'politician', 'practitioner', 'staff', 'other'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const RESOURCE_KINDS = ['literature', 'organisation', 'helpService'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

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
  /** Published posts in that thread when this copy was made. */
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
  phone: string | null;
  description: string;
}

export interface ForumRuleDto {
  id: string;
  number: number;
  title: string;
  text: string;
}
