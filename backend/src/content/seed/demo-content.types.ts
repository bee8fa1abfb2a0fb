import type { AuthorRole, ResourceKind } from '@sexhandel/shared';

/** Shapes of the demo content seeded into an empty database (texts in Norwegian bokmål). */

export interface DemoPage {
  slug: string;
  title: string;
  lead: string;
  /** Markdown; rendered to sanitised HTML on the server. */
  markdown: string;
  /** Order in the information menu, from 1. */
  position: number;
}

export interface DemoArticle {
  slug: string;
  title: string;
  lead: string;
  markdown: string;
  authorName: string;
  authorRole: AuthorRole;
  tags: string[];
  /** YYYY-MM-DD */
  publishedAt: string;
}

export interface DemoNewsLink {
  title: string;
  url: string;
  source: string;
  /** YYYY-MM-DD */
  date: string;
  comment: string;
}

export interface DemoResource {
  kind: ResourceKind;
  name: string;
  url: string | null;
  phone: string | null;
  /** The number the app dials, when `phone` is given. */
  phoneNumber?: string | null;
  description: string;
}

export interface DemoForumRule {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  text: string;
}
