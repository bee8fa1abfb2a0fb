import { randomBytes } from 'node:crypto';
import type {
  ArticleInput,
  ForumRuleInput,
  NewsLinkInput,
  PageInput,
  ResourceInput,
} from '../../src/content/content.inputs';
import type { TestApp } from '../test-app';

/** Inputs for ContentService with unique slugs; every field can be overridden. */
function suffix(): string {
  return randomBytes(4).toString('hex');
}

export function pageInput(overrides: Partial<PageInput> = {}): PageInput {
  return {
    slug: `side-${suffix()}`,
    title: 'Loven om kjøp av seksuelle tjenester',
    lead: 'Hva loven sier, kort fortalt.',
    markdown: '## Hva sier loven?\n\nDet er straffbart å **kjøpe** seksuelle tjenester.',
    position: 1,
    published: true,
    ...overrides,
  };
}

export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    slug: `artikkel-${suffix()}`,
    title: 'Hva vet vi om sexkjøpere?',
    lead: 'En gjennomgang av forskningen.',
    markdown: 'Forskningen viser at sexkjøpere er en sammensatt gruppe. '.repeat(40),
    authorName: 'Kari Nordmann',
    authorRole: 'researcher',
    tags: ['forskning', 'kjøpere'],
    published: true,
    ...overrides,
  };
}

export function newsLinkInput(overrides: Partial<NewsLinkInput> = {}): NewsLinkInput {
  return {
    title: 'Ny rapport om menneskehandel',
    url: `https://nyheter.example.no/sak-${suffix()}`,
    source: 'Eksempelavisen',
    date: '2026-11-20',
    comment: 'Verdt å lese for alle som vil forstå markedet.',
    published: true,
    ...overrides,
  };
}

export function resourceInput(overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    kind: 'helpService',
    name: `Hjelpetelefonen ${suffix()}`,
    url: 'https://hjelp.example.no',
    phone: '+47 800 00 000',
    description: 'Gratis og anonym samtale.',
    published: true,
    ...overrides,
  };
}

export function forumRuleInput(overrides: Partial<ForumRuleInput> = {}): ForumRuleInput {
  return { number: 1, title: 'Vær saklig', text: 'Skriv om saken, ikke om personen.', published: true, ...overrides };
}

export interface SyncChangeRow {
  seq: string;
  entity: string;
  entity_id: string;
  op: string;
  data: Record<string, unknown> | null;
}

/** The current sync_change row of one entity row, or undefined. */
export async function syncChangeOf(sut: TestApp, id: string): Promise<SyncChangeRow | undefined> {
  const rows = await sut.sql<SyncChangeRow>(
    'select seq::text as seq, entity, entity_id, op, data from sync_change where entity_id = ?',
    [id],
  );
  return rows[0];
}
