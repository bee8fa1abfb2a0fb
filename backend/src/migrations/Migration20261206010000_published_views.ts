import { Migration } from '@mikro-orm/migrations';

/**
 * Views each feature publishes for reads that need its data inside another feature's query
 * (see docs/adr/0003 and database/table-owners.ts). The owner keeps the columns stable; a
 * reader names the view, never the tables behind it. Plain views: PostgreSQL inlines them.
 */
export class Migration20261206010000_published_views extends Migration {
  override async up(): Promise<void> {
    // accounts: the public face of an account (alias and join date), never e-mail or roles.
    this.addSql(
      `create view "member_alias" as select "id" as "account_id", "alias", "alias_key", "created_at" as "joined_at" from "account";`,
    );
    // content: which member account an editor linked to an article as its author.
    this.addSql(`create view "article_author" as select "id" as "article_id", "author_account_id" from "article";`);
    // forum: a post with its thread's title and its author's alias (the moderation queue's rows).
    this.addSql(
      `create view "forum_post_context" as
       select p."id" as "post_id", p."thread_id", t."title" as "thread_title", a."alias" as "author_alias", p."body", p."status", p."created_at"
       from "post" p join "thread" t on t."id" = p."thread_id" left join "account" a on a."id" = p."author_id";`,
    );
    // moderation: flags that no moderator has dismissed yet.
    this.addSql(
      `create view "open_flag" as
       select f."id", f."post_id", f."member_id", f."rule", f."note", f."created_at" from "flag" f
       where not exists (select 1 from "flag_dismissal" d where d."flag_id" = f."id");`,
    );
    // moderation: the public notice under a removed post (rule, its published title, the note).
    this.addSql(
      `create view "post_removal_notice" as
       select r."post_id", r."rule", fr."title" as "rule_title", r."note", r."removed_at" from "removal_archive" r
       left join "forum_rule" fr on fr."number" = r."rule" and fr."published"
       where r."restored_at" is null and r."post_id" is not null;`,
    );
    // content: published articles, pages, resources and news links as search documents.
    this.addSql(
      `create view "content_search_document" as
       select 'article' as "type", a."id", a."search_vector", a."title", a."slug", null::text as "url", a."lead" || ' ' || a."markdown" as "text" from "article" a where a."published"
       union all
       select 'page', g."id", g."search_vector", g."title", g."slug", null::text, g."lead" || ' ' || g."markdown" from "page" g where g."published"
       union all
       select 'resource', r."id", r."search_vector", r."name", null::text, r."url", r."description" from "resource" r where r."published"
       union all
       select 'newsLink', n."id", n."search_vector", n."title", null::text, n."url", n."comment" || ' ' || n."source" from "news_link" n where n."published";`,
    );
    // forum: published posts as search documents, titled by their thread (hidden and removed never).
    this.addSql(
      `create view "forum_search_document" as
       select o."id", o."search_vector", t."title", o."thread_id", o."body" as "text"
       from "post" o join "thread" t on t."id" = o."thread_id" where o."status" = 'published';`,
    );
    // stats: visits per campaign code ('' = no campaign), all days together.
    this.addSql(
      `create view "visits_per_campaign" as select "campaign", sum("visits") as "visits" from "visit_count" group by "campaign";`,
    );
  }

  override async down(): Promise<void> {
    for (const view of ['forum_search_document', 'content_search_document', 'visits_per_campaign', 'post_removal_notice', 'open_flag', 'forum_post_context', 'article_author', 'member_alias']) {
      this.addSql(`drop view if exists "${view}";`);
    }
  }
}
