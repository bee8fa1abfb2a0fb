import type { AuthorRole, ForumRuleNumber, ResourceKind } from '@sexhandel/shared';

/**
 * What a writer of content (the seeder, the editor endpoints) hands to ContentService.
 * `published` defaults to false on create: a draft reaches no device until it is published.
 */
export interface PageInput {
  slug: string;
  title: string;
  lead: string;
  markdown: string;
  position: number;
  published?: boolean;
}

export interface ArticleInput {
  slug: string;
  title: string;
  lead: string;
  markdown: string;
  authorName: string;
  authorRole: AuthorRole;
  tags: string[];
  /** Date readers see; defaults to the moment of first publishing. */
  publishedAt?: Date;
  /** A member account linked as the author (must exist); null unlinks. */
  authorAccountId?: string | null;
  published?: boolean;
}

export interface NewsLinkInput {
  title: string;
  url: string;
  source: string;
  /** YYYY-MM-DD */
  date: string;
  comment: string;
  published?: boolean;
}

export interface ResourceInput {
  kind: ResourceKind;
  name: string;
  url: string | null;
  phone: string | null;
  /** Dialled by the app's phone link; null or absent: the phone text is shown without a link. */
  phoneNumber?: string | null;
  description: string;
  published?: boolean;
}

export interface ForumRuleInput {
  number: ForumRuleNumber;
  title: string;
  text: string;
  published?: boolean;
}

export interface PressMentionInput {
  outlet: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  url: string;
  published?: boolean;
}
