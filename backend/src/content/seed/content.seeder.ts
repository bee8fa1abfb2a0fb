import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Article } from '../article.entity';
import { ContentService } from '../content.service';
import { ForumRule } from '../forum-rule.entity';
import { Page } from '../page.entity';
import { DEMO_CONTENT, type DemoContent } from './demo-content';

export interface SeedReport {
  seeded: boolean;
  pages: number;
  articles: number;
  resources: number;
  newsLinks: number;
  forumRules: number;
}

/**
 * Fills an empty installation with the Norwegian demo content, through ContentService so every
 * row also gets its sync change and devices pull it like anything an editor publishes.
 */
@Injectable()
export class ContentSeeder {
  constructor(
    private readonly em: EntityManager,
    private readonly content: ContentService,
  ) {}

  /** Seeds only when there are no pages, articles or forum rules at all. */
  async seedIfEmpty(demo?: DemoContent): Promise<SeedReport> {
    const em = this.em.fork();
    const existing = (await em.count(Page)) + (await em.count(Article)) + (await em.count(ForumRule));
    if (existing > 0) return { seeded: false, pages: 0, articles: 0, resources: 0, newsLinks: 0, forumRules: 0 };
    const content = demo ?? DEMO_CONTENT;
    for (const rule of content.forumRules) await this.content.create('forumRule', { ...rule, published: true });
    for (const page of content.pages) await this.content.create('page', { ...page, published: true });
    for (const article of content.articles) {
      await this.content.create('article', { ...article, publishedAt: demoDate(article.publishedAt), published: true });
    }
    for (const resource of content.resources) await this.content.create('resource', { ...resource, published: true });
    for (const link of content.newsLinks) await this.content.create('newsLink', { ...link, published: true });
    return {
      seeded: true,
      pages: content.pages.length,
      articles: content.articles.length,
      resources: content.resources.length,
      newsLinks: content.newsLinks.length,
      forumRules: content.forumRules.length,
    };
  }
}

/** Demo dates are days; publish them in the Norwegian morning. */
function demoDate(day: string): Date {
  return new Date(`${day}T08:00:00Z`);
}
