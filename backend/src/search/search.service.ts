import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { EDITORIAL_LIMITS as L, SEARCH_TYPES, type ErrorCode } from '@sexhandel/shared';
import { apiError } from '../common/api-error';
import type { SearchQuery } from './dto/search.query';
import type { SearchPageResponse } from './dto/search.responses';
import { SearchRepository } from './search.repository';

function badSearch(message: string, code: ErrorCode): HttpException {
  return apiError(HttpStatus.BAD_REQUEST, code, message);
}

/** Trimmed, NUL-free (PostgreSQL refuses NUL in text), at most searchQueryMax characters. */
export function normaliseSearchText(q: string): string {
  return Array.from(q.replace(/\u0000/g, ' ').trim())
    .slice(0, L.searchQueryMax)
    .join('')
    .trim();
}

/**
 * Full-text search (PostgreSQL, `norwegian` configuration) over published articles, pages,
 * resources, news links and forum posts; the same SQL on PostgreSQL and PGlite.
 */
@Injectable()
export class SearchService {
  constructor(private readonly searchRepository: SearchRepository) {}

  async searchContent(query: SearchQuery): Promise<SearchPageResponse> {
    const text = normaliseSearchText(query.q ?? '');
    if (!text) throw badSearch('Type something to search for', 'empty_query');
    const limit = query.limit ?? L.searchLimitDefault;
    const offset = query.cursor === undefined ? 0 : Number(query.cursor);
    if (offset > L.searchOffsetMax) {
      throw badSearch(`Search shows at most the first ${L.searchOffsetMax} results: narrow the search`, 'bad_cursor');
    }
    const types = query.type ? [query.type] : SEARCH_TYPES;
    const rows = await this.searchRepository.search(text, types, limit + 1, offset);
    const page = rows.slice(0, limit);
    const next = offset + limit;
    return {
      items: page.map((row) => ({
        type: row.type,
        id: row.id,
        title: row.title,
        snippet: row.snippet,
        rank: Number(row.rank),
        slug: row.slug,
        url: row.url,
        threadId: row.thread_id,
      })),
      nextCursor: rows.length > limit && next <= L.searchOffsetMax ? String(next) : null,
    };
  }
}
