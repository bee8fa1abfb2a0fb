import { DEMO_ARTICLES } from './demo-articles';
import type { DemoArticle, DemoForumRule, DemoNewsLink, DemoPage, DemoResource } from './demo-content.types';
import { DEMO_NEWS_LINKS } from './demo-news';
import { DEMO_PAGES } from './demo-pages';
import { DEMO_RESOURCES } from './demo-resources';
import { DEMO_FORUM_RULES } from './demo-rules';

export interface DemoContent {
  pages: DemoPage[];
  articles: DemoArticle[];
  resources: DemoResource[];
  newsLinks: DemoNewsLink[];
  forumRules: DemoForumRule[];
}

/** Everything an empty installation starts with (Norwegian texts). */
export const DEMO_CONTENT: DemoContent = {
  pages: DEMO_PAGES,
  articles: DEMO_ARTICLES,
  resources: DEMO_RESOURCES,
  newsLinks: DEMO_NEWS_LINKS,
  forumRules: DEMO_FORUM_RULES,
};
