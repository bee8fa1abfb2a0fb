import { msg } from '@lit/localize';
import { AUTHOR_ROLES, RESOURCE_KINDS } from '@sexhandel/shared';
import { authorRoleLabel, resourceKindLabel } from '../../../text/format.js';
import type { EditorItem, EditorKind } from '../../../data/editorial.js';

/** How one field of an editor form is shown and sent. */
export interface FieldDef {
  /** The request body's property name (server messages start with it). */
  name: string;
  label: () => string;
  input: 'text' | 'textarea' | 'markdown' | 'select' | 'date' | 'number' | 'url' | 'tags';
  options?: () => { value: string; label: string }[];
  /** Empty text is sent as null. */
  nullable?: boolean;
  optional?: boolean;
  hint?: () => string;
}

export type FormValues = Record<string, string>;

const title: FieldDef = { name: 'title', label: () => msg('Tittel'), input: 'text' };
const slug: FieldDef = {
  name: 'slug',
  label: () => msg('Adresse (slug)'),
  input: 'text',
  hint: () => msg('Små bokstaver, tall og bindestrek. Foreslås fra tittelen.'),
};
const lead: FieldDef = { name: 'lead', label: () => msg('Ingress'), input: 'textarea' };
const markdown: FieldDef = {
  name: 'markdown',
  label: () => msg('Tekst (Markdown)'),
  input: 'markdown',
  hint: () => msg('Forhåndsvisningen viser teksten slik den blir publisert.'),
};
const url: FieldDef = { name: 'url', label: () => msg('Lenke (https://…)'), input: 'url' };
const date: FieldDef = { name: 'date', label: () => msg('Dato'), input: 'date' };

export const FIELDS: Record<EditorKind, FieldDef[]> = {
  articles: [
    title,
    slug,
    lead,
    { name: 'authorName', label: () => msg('Forfatter'), input: 'text' },
    {
      name: 'authorRole',
      label: () => msg('Forfatterens rolle'),
      input: 'select',
      options: () => AUTHOR_ROLES.map((role) => ({ value: role, label: authorRoleLabel(role) })),
    },
    {
      name: 'authorAccountId',
      label: () => msg('Koblet medlemskonto (konto-ID, valgfritt)'),
      input: 'text',
      nullable: true,
      optional: true,
      hint: () => msg('Innleggene til denne kontoen i diskusjonen får merket «artikkelforfatter».'),
    },
    {
      name: 'tags',
      label: () => msg('Tema (skilt med komma)'),
      input: 'tags',
    },
    markdown,
  ],
  pages: [
    title,
    slug,
    lead,
    { name: 'position', label: () => msg('Plass i menyen (0–1000)'), input: 'number' },
    markdown,
  ],
  'news-links': [
    title,
    url,
    { name: 'source', label: () => msg('Kilde'), input: 'text' },
    date,
    { name: 'comment', label: () => msg('Kommentar'), input: 'textarea' },
  ],
  resources: [
    {
      name: 'kind',
      label: () => msg('Type'),
      input: 'select',
      options: () => RESOURCE_KINDS.map((kind) => ({ value: kind, label: resourceKindLabel(kind) })),
    },
    { name: 'name', label: () => msg('Navn'), input: 'text' },
    { ...url, nullable: true, optional: true },
    {
      name: 'phone',
      label: () => msg('Telefon slik den vises'),
      hint: () => msg('For eksempel «02800 (nødnummer 112)». Teksten vises, men ringes aldri fra.'),
      input: 'text',
      nullable: true,
      optional: true,
    },
    {
      name: 'phoneNumber',
      label: () => msg('Nummeret som ringes'),
      hint: () => msg('Bare sifre, eventuelt med + foran, for eksempel 02800. Telefonlenken ringer dette nummeret.'),
      input: 'text',
      nullable: true,
      optional: true,
    },
    { name: 'description', label: () => msg('Beskrivelse'), input: 'textarea' },
  ],
  'press-mentions': [{ name: 'outlet', label: () => msg('Medium'), input: 'text' }, date, title, url],
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Form values of an item, or defaults for a new one. */
export function formValuesOf(kind: EditorKind, item: EditorItem | null): FormValues {
  const values: FormValues = {};
  const source = (item ?? {}) as unknown as Record<string, unknown>;
  for (const field of FIELDS[kind]) {
    const value = source[field.name];
    if (Array.isArray(value)) values[field.name] = value.join(', ');
    else if (value === null || value === undefined) values[field.name] = '';
    else values[field.name] = String(value);
  }
  if (!item) {
    if (kind === 'articles') values.authorRole = 'staff';
    if (kind === 'resources') values.kind = 'organisation';
    if (kind === 'pages') values.position = '100';
    if ('date' in values) values.date = today();
  }
  return values;
}

/** The request body: tags as a list, numbers as numbers, empty optional fields as null. */
export function requestBodyOf(kind: EditorKind, values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of FIELDS[kind]) {
    const value = values[field.name] ?? '';
    if (field.input === 'tags') {
      body[field.name] = value
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag.length > 0);
    } else if (field.input === 'number') {
      body[field.name] = value.trim() === '' ? null : Number(value);
    } else if (field.nullable && value.trim() === '') {
      body[field.name] = null;
    } else {
      body[field.name] = value;
    }
  }
  return body;
}

/** Title or name of an item, for lists. */
export function itemLabel(item: EditorItem): string {
  const row = item as unknown as Record<string, unknown>;
  const label = row.title ?? row.name ?? row.outlet;
  return typeof label === 'string' ? label : item.id;
}
