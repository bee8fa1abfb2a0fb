import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ResearchDictionaryDto, ResearchExportFormat, ResearchPostRecord } from '@sexhandel/shared';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { FieldCipher } from '../crypto/field-cipher';
import { ForumRepository } from '../forum/forum.repository';
import { AuditLogService } from '../moderation/audit-log.service';
import { toCsv, type CsvColumn } from './csv';

/** Context of the keyed hash behind pseudonyms; changing it would change every pseudonym. */
const PSEUDONYM_CONTEXT = 'research.pseudonym';

interface ExportRow {
  id: string;
  thread_id: string;
  title: string;
  starter_consents: boolean;
  author_id: string;
  alias: string;
  created_at: Date | string;
  quote_post_id: string | null;
  body: string;
  article_id: string | null;
}

export interface ResearchExportFile {
  filename: string;
  contentType: string;
  body: string;
  posts: number;
}

const CSV_COLUMNS: CsvColumn<ResearchPostRecord>[] = [
  { header: 'postId', value: (row) => row.postId },
  { header: 'threadId', value: (row) => row.threadId },
  { header: 'threadTitle', value: (row) => row.threadTitle },
  { header: 'authorCode', value: (row) => row.authorCode },
  { header: 'createdAt', value: (row) => row.createdAt },
  { header: 'quotePostId', value: (row) => row.quotePostId },
  { header: 'body', value: (row) => row.body },
  { header: 'articleDiscussion', value: (row) => row.articleDiscussion },
];

/** What every field of the export means; served as the data dictionary and kept beside the code that fills it. */
export const RESEARCH_DICTIONARY: ResearchDictionaryDto = {
  description:
    'Forum posts from Sexhandel written by members who had given research consent when the file was made. ' +
    'Only published posts: removed or hidden posts and posts written as the editorial team are never included. ' +
    'Aliases are replaced by pseudonyms (a keyed hash of the account, the same in every export, not reversible without the server key). ' +
    'Times are UTC (ISO 8601). JSON Lines has one post per line with the exact text; in CSV a text that starts with = + - or @ ' +
    'gets a leading apostrophe so a spreadsheet does not read it as a formula.',
  fields: [
    { field: 'postId', type: 'uuid', description: 'The post. Stable between exports.' },
    { field: 'threadId', type: 'uuid', description: 'The discussion the post belongs to.' },
    {
      field: 'threadTitle',
      type: 'string | null',
      description:
        "The discussion's title, only when the member who started it has given consent too; otherwise empty.",
    },
    {
      field: 'authorCode',
      type: 'string',
      description:
        'Pseudonym of the writer ("M" and 16 hex digits). The same member has the same code in every export.',
    },
    { field: 'createdAt', type: 'date-time', description: 'When the post was published (UTC).' },
    {
      field: 'quotePostId',
      type: 'uuid | null',
      description: 'The post this one quotes, when that post is in the same export; otherwise empty.',
    },
    {
      field: 'body',
      type: 'string',
      description:
        'The text as written (Markdown-like plain text). Mentions (@alias) of any member and the aliases of writers in the export are replaced by pseudonyms.',
    },
    {
      field: 'articleDiscussion',
      type: 'boolean',
      description: 'True when the discussion belongs to a published article.',
    },
  ],
};

/**
 * The research export: published posts of members who consent now, pseudonymised. Every
 * download writes an audit entry; the file itself is never stored.
 */
@Injectable()
export class ResearchExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditLogService,
    private readonly accounts: AccountsRepository,
    private readonly forum: ForumRepository,
  ) {}

  /** "M" + 16 hex digits of a keyed HMAC of the account id: stable, and not reversible without DATA_KEY. */
  pseudonymOf(accountId: string): string {
    return `M${Buffer.from(this.cipher.blindIndex(accountId, PSEUDONYM_CONTEXT), 'base64url').toString('hex').slice(0, 16).toUpperCase()}`;
  }

  async exportPosts(actor: Actor, format: ResearchExportFormat): Promise<ResearchExportFile> {
    return this.em.fork().transactional(async (em) => {
      const consenting = await this.accounts.listResearchConsenting(em);
      const consents = new Set(consenting);
      const rows: ExportRow[] = (await this.forum.listPublishedPostsBy(em, consenting)).map(
        ({ thread_author_id, ...row }) => ({
          ...row,
          starter_consents: thread_author_id !== null && consents.has(thread_author_id),
        }),
      );
      const records = await this.toRecords(em, rows);
      const body =
        format === 'csv'
          ? toCsv(CSV_COLUMNS, records)
          : records.map((record) => JSON.stringify(record)).join('\n') + (records.length ? '\n' : '');
      const authors = new Set(records.map((record) => record.authorCode)).size;
      this.audit.appendEntry(
        em,
        actor,
        'research.export',
        { type: 'research-export', id: format },
        `${records.length} posts by ${authors} consenting members`,
      );
      await em.flush();
      const day = new Date().toISOString().slice(0, 10);
      return {
        filename: `sexhandel-forskning-${day}.${format}`,
        contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        body,
        posts: records.length,
      };
    });
  }

  private async toRecords(em: EntityManager, rows: ExportRow[]): Promise<ResearchPostRecord[]> {
    const exported = new Set(rows.map((row) => row.id));
    const aliases = await this.aliasPseudonyms(em, rows);
    const replace = aliasReplacer(aliases);
    return rows.map((row) => ({
      postId: row.id,
      threadId: row.thread_id,
      threadTitle: row.starter_consents ? replace(row.title) : null,
      authorCode: this.pseudonymOf(row.author_id),
      createdAt: new Date(row.created_at).toISOString(),
      quotePostId: row.quote_post_id && exported.has(row.quote_post_id) ? row.quote_post_id : null,
      body: replace(row.body),
      articleDiscussion: row.article_id !== null,
    }));
  }

  /**
   * Alias key → pseudonym for the writers in the export and for every account @mentioned in it
   * (a mentioned member who did not consent is named by code too, never by alias).
   */
  private async aliasPseudonyms(em: EntityManager, rows: ExportRow[]): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const row of rows) map.set(toAliasKey(row.alias), this.pseudonymOf(row.author_id));
    const mentioned = new Set<string>();
    for (const row of rows) {
      for (const match of `${row.title}\n${row.body}`.matchAll(MENTION)) {
        const key = toAliasKey(match[1] ?? '');
        if (key && !map.has(key)) mentioned.add(key);
      }
    }
    if (mentioned.size > 0) {
      const found = await this.accounts.findIdsByAliasKeys([...mentioned], em);
      for (const account of found) map.set(account.alias_key, this.pseudonymOf(account.id));
    }
    return map;
  }
}

/** An @mention: starts and ends with a letter or digit, may hold the joiners aliases allow. */
const MENTION = /@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)/gu;

/**
 * Replaces every alias in the map (with or without @, any case, as a whole word) by its
 * pseudonym, in one pass: one alternation, longest alias first so a longer alias wins.
 */
export function aliasReplacer(aliases: Map<string, string>): (text: string) => string {
  if (aliases.size === 0) return (text) => text;
  const alternation = [...aliases.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  return (text) => text.replace(pattern, (alias) => aliases.get(toAliasKey(alias)) ?? alias);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
