import { describe, expect, it } from 'vitest';
import { decodeKeysetCursor, keysetPage } from './forum-cursor';

const row = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  cursor_at: `2026-11-29T19:00:0${n}.123456Z`,
});

describe(keysetPage.name, () => {
  it('keeps the first limit rows and points the next cursor at the last of them when the read found one more', () => {
    const result = keysetPage([row(1), row(2), row(3)], 2);
    expect(result.page).toEqual([row(1), row(2)]);
    expect(result.hasMore).toBe(true);
    expect(result.nextCursor).not.toBeNull();
    expect(decodeKeysetCursor(result.nextCursor ?? '')).toEqual({ at: row(2).cursor_at, id: row(2).id });
    expect(result.lastCursor).toBe(result.nextCursor);
  });

  it('gives no next cursor on the last page, but still the cursor of its last row', () => {
    const result = keysetPage([row(1), row(2)], 2);
    expect(result.page).toEqual([row(1), row(2)]);
    expect(result.hasMore).toBe(false);
    expect(result.nextCursor).toBeNull();
    expect(decodeKeysetCursor(result.lastCursor ?? '')).toEqual({ at: row(2).cursor_at, id: row(2).id });
  });

  it('gives no cursor at all for an empty page', () => {
    expect(keysetPage([], 5)).toEqual({ page: [], hasMore: false, nextCursor: null, lastCursor: null });
  });
});
