import Dexie, { type Table } from 'dexie';
import type {
  ArticleDto,
  ForumRuleDto,
  MutationError,
  MutationKind,
  NewsLinkDto,
  PageDto,
  ResourceDto,
} from '@sexhandel/shared';

/** Content the shared contract does not type yet (phone hours, press mentions): kept as pulled. */
export interface RawContentRow {
  id: string;
  [field: string]: unknown;
}

export type MetaKey = 'pullCursor' | 'lastSyncedAt' | 'lastVisitDay';

export interface MetaRow {
  key: MetaKey;
  value: string;
}

/** `queued`: waits for the next push. `needs-attention`: the server rejected it; kept for the person to see. */
export type OutboxState = 'queued' | 'needs-attention';

export interface OutboxRow {
  /** The mutation id (UUID made on this device). */
  id: string;
  kind: MutationKind;
  payload: unknown;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  lastError?: MutationError;
}

export const DB_NAME = 'sexhandel';

/**
 * The device's database: everything pulled, plus the outbox.
 * A released version is never edited: later issues add `this.version(2).stores({...})` with an upgrade.
 */
export class AppDB extends Dexie {
  pages!: Table<PageDto, string>;
  articles!: Table<ArticleDto, string>;
  resources!: Table<ResourceDto, string>;
  newsLinks!: Table<NewsLinkDto, string>;
  forumRules!: Table<ForumRuleDto, string>;
  phoneHours!: Table<RawContentRow, string>;
  pressMentions!: Table<RawContentRow, string>;
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      pages: 'id, slug, position',
      articles: 'id, slug, publishedAt, *tags',
      resources: 'id, kind, name',
      newsLinks: 'id, date',
      forumRules: 'id, number',
      phoneHours: 'id',
      pressMentions: 'id',
      meta: 'key',
      outbox: 'id, [state+createdAt]',
    });
  }

  async getMeta(key: MetaKey): Promise<string | undefined> {
    return (await this.meta.get(key))?.value;
  }
}

/** The app's one database instance. Tests make their own `new AppDB('test-…')`. */
export const appDb = new AppDB();
