import { CursorField, KeysetPageQuery, PageLimitField } from '../../common/keyset-page.query';

export class ThreadListQuery extends KeysetPageQuery {}

/** Posts page forward from `after` (a thread is read oldest first), so the cursor has its own name. */
export class PostListQuery {
  @CursorField(
    'nextCursor from the previous page: only posts after it',
    'after is too long to be a cursor this server made',
  )
  after?: string;

  @PageLimitField()
  limit?: number;
}
