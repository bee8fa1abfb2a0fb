import { HttpException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ContentPages } from './content-pages';
import { ForumPages } from './forum-pages';
import { appOnlyPage, badRequestPage, notFoundPage, type PublicPage } from './public-page';

/** Paths the app renders on the device (forms, accounts, staff screens): the shell, never indexed. */
const APP_ONLY = [
  /^\/logg-inn$/,
  /^\/glemt-passord$/,
  /^\/nytt-passord$/,
  /^\/registrer$/,
  /^\/konto$/,
  /^\/sok$/,
  /^\/innstillinger$/,
  /^\/skjul-besoket$/,
  /^\/forum\/ny$/,
  /^\/forum\/utkast$/,
  /^\/forum\/medlem\/[^/]+$/,
  /^\/kontakt\/samtaler$/,
  /^\/undersokelse\/[^/]+$/,
  /^\/admin(\/.*)?$/,
];

/** Most URLs a sitemap file may hold (sitemaps.org). */
const SITEMAP_MAX = 50_000;

/**
 * Pages that show the phone line's status ("Åpen nå, til kl. 21:00", "Neste åpning: i morgen kl.
 * 17:00"), worked out for the moment of the request: their bytes change with the clock, not only
 * with the content sequence.
 */
const CLOCK_PAGES = new Set(['/', '/kontakt']);

/**
 * What a rendered page depends on: published content only, also the clock, or also the forum (live reads).
 *
 * Content pages and pages on the clock come from the response cache. A page on the clock is kept per
 * content sequence *and* per phone moment (ContentPages.phoneMoment: open or closed, until when, which
 * day), which is in its key and its ETag: a page kept while the line was closed is never served, nor
 * confirmed by a 304, once it has opened.
 */
export type PageSource = 'content' | 'clock' | 'forum';

/**
 * Renders the public routes on the server from the same published rows the devices pull (content)
 * and the same public reads the API serves (forum), so the page a search engine or a reader without
 * JavaScript gets is the page the app shows. App routes get the shell; anything else a 404 page.
 */
@Injectable()
export class PublicPagesService {
  constructor(
    private readonly content: ContentPages,
    private readonly forum: ForumPages,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which data a path's page depends on (content pages are cached by the content sequence), without reading anything. */
  sourceOf(path: string): PageSource | null {
    if (ForumPages.owns(path)) return 'forum';
    if (APP_ONLY.some((pattern) => pattern.test(path))) return null;
    if (CLOCK_PAGES.has(path)) return 'clock';
    return 'content';
  }

  /** The phone moment of a page on the clock (see PageSource), or null for any other page. */
  async momentOf(path: string, seq: number): Promise<string | null> {
    return this.sourceOf(path) === 'clock' ? this.content.phoneMoment(seq) : null;
  }

  async render(path: string, query: URLSearchParams): Promise<PublicPage> {
    if (APP_ONLY.some((pattern) => pattern.test(path))) return appOnlyPage();
    if (!ForumPages.owns(path)) return (await this.content.render(path, query)) ?? notFoundPage();
    try {
      return (await this.forum.render(path, query)) ?? notFoundPage();
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 404) return notFoundPage();
      if (error instanceof HttpException && error.getStatus() === 400) return badRequestPage();
      throw error;
    }
  }

  /** Section pages, information pages and articles; forum threads only when indexing is on. */
  async sitemapEntries(): Promise<{ path: string; lastmod: string | null }[]> {
    const entries = await this.content.sitemapEntries();
    if (!this.config.forumIndexing) return entries;
    return [
      ...entries,
      { path: '/forum', lastmod: null },
      ...(await this.forum.threadEntries(SITEMAP_MAX - entries.length - 1)),
    ];
  }
}
