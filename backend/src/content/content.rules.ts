import type { EntityManager } from '@mikro-orm/postgresql';
import type { HttpException } from '@nestjs/common';
import { HttpStatus } from '@nestjs/common';
import {
  FORUM_RULE_NUMBERS,
  isForumRuleNumber,
  PHONE_NUMBER_PATTERN,
  RESOURCE_KINDS,
  type ErrorCode,
} from '@sexhandel/shared';
import { Article } from './article.entity';
import { Page } from './page.entity';
import { apiError } from '../common/api-error';

/** Checks on editor input shared by the content kinds; each throws a 4xx a person can act on. */

const SLUG_PATTERN = /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function badInput(message: string, code: ErrorCode): HttpException {
  return apiError(HttpStatus.BAD_REQUEST, code, message);
}

export function assertSlug(slug: string): void {
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) {
    throw badInput(
      'The address (slug) may hold lower-case letters, digits and single dashes, at most 120 characters',
      'bad_slug',
    );
  }
}

/** A valid slug that no other page (or article) uses; `ownId` is the row being edited, null on create. */
export async function assertSlugFree(
  em: EntityManager,
  cls: typeof Page | typeof Article,
  slug: string,
  ownId: string | null,
): Promise<void> {
  assertSlug(slug);
  const existing = cls === Page ? await em.findOne(Page, { slug }) : await em.findOne(Article, { slug });
  if (existing && existing.id !== ownId) {
    throw apiError(
      HttpStatus.CONFLICT,
      'slug_taken',
      `The address "${slug}" is already used by another ${cls === Page ? 'page' : 'article'}`,
    );
  }
}

export function assertPhoneNumber(phoneNumber: string): void {
  if (!PHONE_NUMBER_PATTERN.test(phoneNumber)) {
    throw badInput('The phone number to dial must be 3 to 15 digits, optionally after a +', 'bad_phone_number');
  }
}

export function assertHttpUrl(url: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw badInput('The link must be a full http:// or https:// address', 'bad_url');
  }
}

export function assertDay(day: string): void {
  if (!DAY_PATTERN.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw badInput('The date must be a calendar day written YYYY-MM-DD', 'bad_date');
  }
}

/** The fields news links and press mentions share: where the piece is, and its day. */
interface DatedLink {
  url: string;
  date: string;
}

export function assertDatedLink(link: DatedLink): void {
  assertHttpUrl(link.url);
  assertDay(link.date);
}

/** Sets the url and the date a patch carries, each checked first. */
export function patchDatedLink(link: DatedLink, patch: Partial<DatedLink>): void {
  if (patch.url !== undefined) {
    assertHttpUrl(patch.url);
    link.url = patch.url;
  }
  if (patch.date !== undefined) {
    assertDay(patch.date);
    link.date = patch.date;
  }
}

export function assertResourceKind(kind: string): void {
  if (!RESOURCE_KINDS.some((known) => known === kind)) {
    throw badInput(`The kind must be one of: ${RESOURCE_KINDS.join(', ')}`, 'bad_kind');
  }
}

export function assertRuleNumber(number: number): void {
  if (!isForumRuleNumber(number)) {
    throw badInput(`A forum rule number is one of ${FORUM_RULE_NUMBERS.join(', ')}`, 'bad_rule_number');
  }
}
