import type { SyncChange } from '@sexhandel/shared';
import { DEFAULT_DESCRIPTION, SERVICE_NAME } from './nb-text';
import { notFoundView, badRequestView } from './content-views';
import type { Html } from './html';

/** One server-rendered answer, before it is put into the app's document. */
export interface PublicPage {
  status: 200 | 400 | 404;
  /** The page's own title; the document title adds " – Sexhandel". */
  title: string;
  description: string;
  /** Path (and query, for later pages of a list) the canonical link points at; null: none. */
  canonicalPath: string | null;
  noindex: boolean;
  /** The page's main content; null for app routes that render on the device only. */
  main: Html | null;
  ogType?: 'website' | 'article';
  /** schema.org data (Article, FAQPage …) for search engines. */
  jsonLd?: object;
  /**
   * The published rows this page shows, exactly as the pull stream carries them: the app puts
   * them on the device before its first render, so it shows the same content without a fetch.
   */
  changes?: SyncChange[];
  /**
   * The article list's topics: every published article's tags, not only those of the articles on
   * this page. The app shows them until its first pull has brought every article, so the topic
   * filter it takes over is the one the reader saw.
   */
  articleTopics?: string[];
  /** How many articles the list holds (on its topic): the app says so until it has them all. */
  articleCount?: { topic: string | null; total: number };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** "Lorem ipsum dolor …" cut at a word, for a meta description. */
export function summarise(text: string, max = 160): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_all, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function page(fields: Omit<PublicPage, 'status' | 'noindex'> & { noindex?: boolean }): PublicPage {
  return { status: 200, noindex: false, ...fields };
}

export function notFoundPage(): PublicPage {
  return {
    status: 404,
    title: 'Fant ikke siden',
    description: DEFAULT_DESCRIPTION,
    canonicalPath: null,
    noindex: true,
    main: notFoundView(),
  };
}

export function badRequestPage(): PublicPage {
  return { ...notFoundPage(), status: 400, title: 'Ugyldig adresse', main: badRequestView() };
}

export function appOnlyPage(): PublicPage {
  return {
    status: 200,
    title: SERVICE_NAME,
    description: DEFAULT_DESCRIPTION,
    canonicalPath: null,
    noindex: true,
    main: null,
  };
}
