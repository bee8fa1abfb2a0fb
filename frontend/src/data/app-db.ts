import Dexie, { type Table } from 'dexie';
import { PICKUP_CODE_LENGTH, pickupCodeFromBytes } from '@sexhandel/shared';
import type {
  ArticleDto,
  ContactCreatePayload,
  ContactReplyBy,
  ContactTopic,
  ConversationDto,
  ForumRuleDto,
  MutationError,
  MutationKind,
  NewsLinkDto,
  PageDto,
  PostDto,
  PressMentionDto,
  QaDto,
  ResourceDto,
  StartPageDto,
  SurveyAnswerInput,
  SurveyDto,
  ThreadDto,
} from '@sexhandel/shared';

/** Content the shared contract does not type yet (phone hours, press mentions): kept as pulled. */
export interface RawContentRow {
  id: string;
  [field: string]: unknown;
}

/**
 * `forumRulesAcceptedAt`: the signed-in member accepted the forum rules (lets Send work offline after a reload).
 * `signedInAs`: the account signed in on this device (MeDto as JSON), so the app knows it offline; gone at logout.
 * `articleTopics`: every article topic as a server page listed them (JSON array), kept until the first
 * complete pull has put every article on the device (page-data.ts). `articleCount`: likewise, how many
 * articles that page's list held, and on which topic (JSON).
 * `adoptSession`: written by the version(6) upgrade only: a session that predates the device marker may
 * be adopted once (see device-session.ts); a wiped device has no such row.
 */
export type MetaKey =
  | 'pullCursor'
  | 'lastSyncedAt'
  | 'lastVisitDay'
  | 'forumRulesAcceptedAt'
  | 'signedInAs'
  | 'adoptSession'
  | 'articleTopics'
  | 'articleCount';

export interface MetaRow {
  key: MetaKey;
  value: string;
}

/**
 * `queued`: waits for the next push. `sending`: in a push right now (a tab holds the outbox lock).
 * `sent`: a post or thread the server accepted, kept a day so the person sees it arrived.
 * `needs-attention`: the server rejected it; kept for the person to see.
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'needs-attention';

export type DraftKind = 'thread' | 'reply';

/** A post or thread being written. Lives only on this device until the person presses Send. */
export interface DraftRow {
  id: string;
  kind: DraftKind;
  threadId?: string;
  /** Title of the thread a reply belongs to, for the drafts list. */
  threadTitle?: string;
  quotePostId?: string;
  title?: string;
  body: string;
  updatedAt: string;
  /** Why the server refused it when it was sent; shown next to the draft. */
  serverError?: MutationError;
  /** Staff only: publish as "Redaksjonen" (the staff voice) instead of the staff member's alias. */
  asStaff?: boolean;
  /** The account that wrote it; only that account sees it. '' for a draft from before drafts had owners. */
  accountId?: string;
  /**
   * Set when the session ended without a logout (expiry, password change elsewhere): hidden until the
   * same account signs in on this device again, deleted 7 days after this time.
   */
  hiddenAt?: string;
}

/** A thread the person opened, kept for offline reading. */
export interface ThreadCacheRow {
  id: string;
  thread: ThreadDto;
  /** Posts oldest first, as far as they were read. */
  posts: PostDto[];
  /** `after` cursor for fetching newer posts. */
  nextCursor: string | null;
  /** When the person last had the thread open (null until the first visit ends). */
  lastReadAt: string | null;
  /** The newest post the person has seen: later posts are marked new. */
  lastSeenPostId: string | null;
  /** `lastActivityAt` at the last visit: the thread list marks threads with newer activity. */
  lastSeenActivityAt: string | null;
  openedAt: string;
}

export interface OutboxRow {
  /** The mutation id (UUID made on this device). */
  id: string;
  kind: MutationKind;
  payload: unknown;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  lastError?: MutationError;
  /** For thread.create/post.create: the draft it was sent from, so a rejection can restore it. */
  draft?: DraftRow;
  /** The server's result once applied (e.g. the new post id). */
  result?: unknown;
  sentAt?: string;
  /**
   * contact.create with a pick-up code: what the person chose after Send. 'keep': keep it under
   * "Mine samtaler"; 'written': written down, so the device forgets it once sent. Unset: not chosen yet.
   */
  codeChoice?: CodeChoice;
  /**
   * Forum kinds: the account that queued it. Only that account's session sends, lists or counts it,
   * so a post never goes out under the next person's account ('' until an earlier session adopts it).
   */
  accountId?: string;
  /** Set while its account's session has ended without a logout; deleted with its drafts after 7 days. */
  hiddenAt?: string;
}

export type CodeChoice = 'keep' | 'written';

/** The contact message being written (one per device, id 'contact'). Never leaves the device before Send. */
export interface ContactDraftRow {
  id: string;
  topic: ContactTopic | '';
  body: string;
  replyBy: ContactReplyBy;
  email: string;
  publishConsent: boolean;
  updatedAt: string;
  /** Why the server refused it when it was sent. */
  serverError?: MutationError;
}

/** A conversation this device can open ("Mine samtaler"): whoever holds the code can read it. */
export interface ContactConversationRow {
  conversationId: string;
  code: string;
  topic: ContactTopic;
  createdAt: string;
  /** The contact.create outbox row it came from (the contact page waits for it). */
  mutationId: string;
  /** The person has seen the code once (the big code display was shown). */
  codeShown: boolean;
  /**
   * The person chose to keep it under "Mine samtaler". False: held only until the person says they
   * wrote the code down or keeps it (shown on /kontakt meanwhile; removed after a day regardless).
   */
  kept?: boolean;
  /** The last copy fetched with the code, for reading offline. */
  cached?: ConversationDto;
}

/**
 * This device's own state for one survey (never sent, except the response key inside survey.submit).
 * `new`: not answered (maybe refused with `error`, answers kept to correct). `queued`: in the outbox.
 * `sent`: the server counted it (or already had this device's answer). `closed`: the survey closed first.
 */
export interface SurveyStateRow {
  surveyId: string;
  /** Random UUID made once for this survey on this device: the server takes one answer per key. */
  responseKey: string;
  status: 'new' | 'queued' | 'sent' | 'closed';
  /** The survey.submit outbox row while it waits. */
  mutationId?: string;
  /** What was answered, kept until the server has counted it (restores the form after a refusal). */
  answers?: SurveyAnswerInput[];
  error?: MutationError;
  /** The person said no thanks to the invitation on the start page. */
  inviteDismissed?: boolean;
}

export const DB_NAME = 'sexhandel';

/**
 * The device's database: everything pulled, plus the outbox.
 * A released version is never edited: each change is a new version with an upgrade that carries the rows.
 */
export class AppDB extends Dexie {
  pages!: Table<PageDto, string>;
  articles!: Table<ArticleDto, string>;
  resources!: Table<ResourceDto, string>;
  newsLinks!: Table<NewsLinkDto, string>;
  forumRules!: Table<ForumRuleDto, string>;
  phoneHours!: Table<RawContentRow, string>;
  pressMentions!: Table<PressMentionDto, string>;
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxRow, string>;
  drafts!: Table<DraftRow, string>;
  threads!: Table<ThreadCacheRow, string>;
  contactDrafts!: Table<ContactDraftRow, string>;
  contactConversations!: Table<ContactConversationRow, string>;
  qas!: Table<QaDto, string>;
  startPages!: Table<StartPageDto, string>;
  surveys!: Table<SurveyDto, string>;
  surveyStates!: Table<SurveyStateRow, string>;

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
    // Issue 3 (forum): private drafts, cached threads for offline reading, outbox listed by kind.
    this.version(2).stores({
      outbox: 'id, [state+createdAt], kind',
      drafts: 'id, updatedAt, threadId',
      threads: 'id, openedAt',
    });
    // Issue 6 (counselling): the contact draft, conversations opened by pick-up code, synced Q&As.
    this.version(3).stores({
      contactDrafts: 'id',
      contactConversations: 'conversationId, createdAt, mutationId',
      qas: 'id, publishedAt',
    });
    // Issue 5 (editorial): the editor-shaped start page; press mentions listed by date.
    this.version(4).stores({
      startPages: 'id',
      pressMentions: 'id, date',
    });
    // Issue 7 (survey): open surveys from pull, and which surveys this device answered or declined.
    this.version(5).stores({
      surveys: 'id',
      surveyStates: 'surveyId',
    });
    // Issue 13 (shared device): drafts belong to an account; pick-up codes are kept only by choice.
    this.version(6)
      .stores({ drafts: 'id, updatedAt, threadId, accountId' })
      .upgrade(async (tx) => {
        // Nobody knows who wrote the older drafts: hidden from everyone until the account whose session
        // is still open adopts them (device-session.ts), else deleted after 7 days like any hidden draft.
        const now = new Date().toISOString();
        await tx
          .table<DraftRow, string>('drafts')
          .toCollection()
          .modify((draft) => {
            draft.accountId = '';
            draft.hiddenAt = now;
          });
        // Queued forum rows get an owner (adopted with the drafts); a queued message whose answer is
        // picked up with a code gets its device-made code (the server now requires one; the contact
        // page shows it for the person's choice). The kinds are those of this version, frozen here.
        await tx
          .table<OutboxRow, string>('outbox')
          .toCollection()
          .modify((row) => {
            if (['thread.create', 'post.create', 'flag.create'].includes(row.kind) && row.accountId === undefined) {
              row.accountId = '';
            }
            const payload = row.payload as Partial<ContactCreatePayload> | undefined;
            if (row.kind === 'contact.create' && payload?.replyBy === 'pickup' && !payload.pickupCode) {
              payload.pickupCode = pickupCodeFromBytes(crypto.getRandomValues(new Uint8Array(PICKUP_CODE_LENGTH)));
            }
          });
        // Codes kept before there was a choice stay kept: the person can remove each one.
        await tx
          .table<ContactConversationRow, string>('contactConversations')
          .toCollection()
          .modify((row) => {
            row.kept = true;
          });
        await tx.table<MetaRow, string>('meta').put({ key: 'adoptSession', value: now });
      });
  }

  async getMeta(key: MetaKey): Promise<string | undefined> {
    return (await this.meta.get(key))?.value;
  }
}

/** The name of a table of {@link AppDB}. */
export type AppTableName = {
  [K in keyof AppDB]: AppDB[K] extends { bulkPut: unknown } ? K : never;
}[keyof AppDB] &
  string;

/** The app's one database instance. Tests make their own `new AppDB('test-…')`. */
export const appDb = new AppDB();
