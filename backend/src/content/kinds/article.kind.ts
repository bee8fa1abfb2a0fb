import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID_PATTERN } from '@sexhandel/shared';
import { Account } from '../../accounts/account.entity';
import type { ArticleDiscussionService } from '../../forum/article-discussion.service';
import { Article } from '../article.entity';
import type { ContentKind } from '../content-writer';
import type { ArticleInput } from '../content.inputs';
import { toArticleDto } from '../content.mappers';
import { assertSlugFree, badInput } from '../content.rules';
import { readingMinutes, renderMarkdown } from '../markdown.renderer';

/**
 * Articles. Publishing opens the article's discussion thread (once; later publishes reuse it) in the
 * same transaction, and the recorded article carries the thread id; deleting one leaves its
 * discussion as an ordinary thread.
 */
export function articleKind(discussion: ArticleDiscussionService): ContentKind<Article, ArticleInput> {
  return {
    entity: 'article',
    cls: Article,
    noun: 'article',
    taken: 'Another article already uses this address (slug)',

    async build(em, input) {
      await assertSlugFree(em, Article, input.slug, null);
      const article = new Article(
        input.slug,
        input.title,
        input.lead,
        input.markdown,
        renderMarkdown(input.markdown),
        input.authorName,
        input.authorRole,
        normaliseTags(input.tags),
        readingMinutes(input.markdown),
      );
      article.publishedAt = input.publishedAt ?? null;
      if (input.authorAccountId !== undefined)
        article.authorAccount = await findAuthorAccount(em, input.authorAccountId);
      return article;
    },

    async apply(em, article, patch) {
      if (patch.slug !== undefined && patch.slug !== article.slug) {
        await assertSlugFree(em, Article, patch.slug, article.id);
        article.slug = patch.slug;
      }
      if (patch.title !== undefined) article.title = patch.title;
      if (patch.lead !== undefined) article.lead = patch.lead;
      if (patch.authorName !== undefined) article.authorName = patch.authorName;
      if (patch.authorRole !== undefined) article.authorRole = patch.authorRole;
      if (patch.tags !== undefined) article.tags = normaliseTags(patch.tags);
      if (patch.publishedAt !== undefined) article.publishedAt = patch.publishedAt;
      if (patch.authorAccountId !== undefined)
        article.authorAccount = await findAuthorAccount(em, patch.authorAccountId);
      if (patch.markdown !== undefined) {
        article.markdown = patch.markdown;
        article.html = renderMarkdown(patch.markdown);
        article.readingMinutes = readingMinutes(patch.markdown);
      }
    },

    setPublished(article, published) {
      article.published = published;
      // The first publish stamps the date; unpublishing keeps it for a later re-publish.
      if (published && !article.publishedAt) article.publishedAt = new Date();
    },

    async toDto(em, article) {
      return toArticleDto(article, await discussion.ensureDiscussion(em, article));
    },

    beforeRemove: (em, article) => discussion.detachArticle(em, article.id),
  };
}

async function findAuthorAccount(em: EntityManager, id: string | null): Promise<Account | null> {
  if (id === null) return null;
  const account = UUID_PATTERN.test(id) ? await em.findOne(Account, { id }) : null;
  if (!account) throw badInput('No member account has this id: check the author account', 'unknown_author_account');
  return account;
}

function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag.length > 0))];
}
