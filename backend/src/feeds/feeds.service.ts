import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Article } from '../content/article.entity';
import { NewsLink } from '../content/news-link.entity';
import { renderAtomFeed } from './atom';

const FEED_SIZE = 50;
const STAFF_VOICE = 'Redaksjonen';

/** Atom feeds of published articles and news links, with absolute addresses from PUBLIC_URL. */
@Injectable()
export class FeedsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async renderArticlesFeed(): Promise<string> {
    const base = this.config.publicUrl;
    const articles = await this.em
      .fork()
      .find(Article, { published: true }, { orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], limit: FEED_SIZE });
    return renderAtomFeed({
      id: `${base}/feeds/articles.xml`,
      title: 'Sexhandel – artikler',
      subtitle: 'Nye artikler om kjøp av sex, prostitusjon og menneskehandel',
      selfUrl: `${base}/feeds/articles.xml`,
      siteUrl: `${base}/artikler`,
      authorName: STAFF_VOICE,
      entries: articles.map((article) => ({
        id: `urn:uuid:${article.id}`,
        title: article.title,
        updated: article.updatedAt,
        published: article.publishedAt ?? article.createdAt,
        link: `${base}/artikler/${encodeURIComponent(article.slug)}`,
        summary: article.lead,
        authorName: article.authorName,
        categories: article.tags,
      })),
    });
  }

  async renderNewsFeed(): Promise<string> {
    const base = this.config.publicUrl;
    const links = await this.em
      .fork()
      .find(
        NewsLink,
        { published: true },
        { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], limit: FEED_SIZE },
      );
    return renderAtomFeed({
      id: `${base}/feeds/news.xml`,
      title: 'Sexhandel – nyheter',
      subtitle: 'Utvalgte nyhetssaker, med en kort kommentar fra redaksjonen',
      selfUrl: `${base}/feeds/news.xml`,
      siteUrl: `${base}/nyheter`,
      authorName: STAFF_VOICE,
      entries: links.map((link) => ({
        id: `urn:uuid:${link.id}`,
        title: link.title,
        updated: link.updatedAt,
        published: new Date(`${link.date}T12:00:00Z`),
        link: link.url,
        summary: link.comment ? `${link.source}: ${link.comment}` : link.source,
      })),
    });
  }
}
