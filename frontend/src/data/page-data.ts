import { SYNC_ENTITIES, type SyncChange } from '@sexhandel/shared';
import { appDb, type AppDB } from './app-db.js';
import type { ArticleCount } from './content.js';
import { applyPublishedChanges } from './sync-client.js';
// Every pulled entity's table is known before a page's rows are put on the device.
import './pull-kinds.js';

/** The JSON block a server-rendered page carries (backend/src/public-pages/page-document.ts). */
export const PAGE_DATA_ID = 'sh-page-data';

export interface PageData {
  /** The path the server rendered. */
  path: string;
  /** The published rows the page shows, as the pull stream carries them. */
  changes: SyncChange[];
  /** The article list's topics across every published article (the server page's topic filter). */
  articleTopics?: string[];
  /** How many articles the server page's list held, and on which topic (null: all). */
  articleCount?: ArticleCount;
}

function isChange(value: unknown): value is SyncChange {
  const change = value as Partial<SyncChange> | null;
  return (
    typeof change === 'object' &&
    change !== null &&
    typeof change.seq === 'number' &&
    typeof change.id === 'string' &&
    (SYNC_ENTITIES as readonly string[]).includes(String(change.entity)) &&
    (change.op === 'upsert' || change.op === 'delete')
  );
}

/** The page's data block, or null when the page was not rendered by the server (or the block is unusable). */
export function readPageData(doc: Document = document): PageData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<PageData>;
    if (typeof parsed.path !== 'string' || !Array.isArray(parsed.changes)) return null;
    const topics = Array.isArray(parsed.articleTopics)
      ? parsed.articleTopics.filter((topic): topic is string => typeof topic === 'string')
      : undefined;
    const count = parsed.articleCount;
    const articleCount =
      count &&
      Number.isSafeInteger(count.total) &&
      count.total >= 0 &&
      (count.topic === null || typeof count.topic === 'string')
        ? { topic: count.topic, total: count.total }
        : undefined;
    return {
      path: parsed.path,
      changes: parsed.changes.filter(isChange),
      ...(topics && { articleTopics: topics }),
      ...(articleCount && { articleCount }),
    };
  } catch {
    return null;
  }
}

/**
 * Puts the page's rows on the device before the app renders, so its first render shows the same
 * content without a second fetch. A device that cannot store (private mode, full disk) renders from
 * the network as before.
 */
export async function keepPageData(data: PageData, db: AppDB = appDb): Promise<void> {
  try {
    if (data.changes.length > 0) await applyPublishedChanges(db, data.changes);
    // Until the device holds every article, the list also shows the server page's topics and count.
    if ((data.articleTopics || data.articleCount) && !(await db.getMeta('lastSyncedAt'))) {
      if (data.articleTopics) await db.meta.put({ key: 'articleTopics', value: JSON.stringify(data.articleTopics) });
      if (data.articleCount) await db.meta.put({ key: 'articleCount', value: JSON.stringify(data.articleCount) });
    }
  } catch {
    /* the first pull brings the same rows */
  }
}
