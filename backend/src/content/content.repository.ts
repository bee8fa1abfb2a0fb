import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '../common/sql';

/**
 * Content's SQL, the only place that names its tables (article, page, resource, news_link,
 * forum_rule, press_mention, start_page). Other features read an article's author link through
 * the view `article_author`.
 */
@Injectable()
export class ContentRepository {
  constructor(private readonly em: EntityManager) {}

  /** Forum rule titles by number; `publishedOnly` leaves out rules an editor has not published. */
  async ruleTitles({ publishedOnly }: { publishedOnly: boolean }): Promise<Map<number, string>> {
    const rows = await sqlIn<{ number: number; title: string }>(
      this.em,
      `select number, title from forum_rule ${publishedOnly ? 'where published' : ''}`,
    );
    return new Map(rows.map((row) => [Number(row.number), row.title]));
  }
}
