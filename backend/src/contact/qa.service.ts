import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { UUID_PATTERN, type QaAdminDto, type QaDto } from '@sexhandel/shared';
import { SyncChangeRecorder } from '../sync/sync-change.recorder';
import { contactErrors } from './contact-errors';
import { toQaAdminDto, toQaDto } from './contact.mappers';
import type { QaDraftRequest } from './dto/contact.requests';
import { Qa } from './qa.entity';

const PUBLIC_LIST_MAX = 500;

function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Public questions and answers. Counsellors make drafts (ContactService.createQaDraft); editors
 * edit, publish and unpublish. Every publish state change goes into the pull stream (entity 'qa')
 * in the same transaction, so devices hold exactly the published set.
 */
@Injectable()
export class QaService {
  constructor(
    private readonly em: EntityManager,
    private readonly recorder: SyncChangeRecorder,
  ) {}

  async listPublishedQas(q?: string): Promise<QaDto[]> {
    const where: FilterQuery<Qa> = { status: 'published' };
    const words = q?.trim();
    if (words) where.$or = [{ question: { $ilike: likePattern(words) } }, { answer: { $ilike: likePattern(words) } }];
    const rows = await this.em.fork().find(Qa, where, {
      orderBy: { publishedAt: QueryOrder.DESC, id: QueryOrder.DESC },
      limit: PUBLIC_LIST_MAX,
    });
    return rows.map(toQaDto);
  }

  /** Staff list: drafts first, then published, newest first. */
  async listQas(): Promise<QaAdminDto[]> {
    const rows = await this.em.fork().find(Qa, {}, { orderBy: { status: QueryOrder.ASC, createdAt: QueryOrder.DESC } });
    return rows.map(toQaAdminDto);
  }

  async updateQa(id: string, input: QaDraftRequest): Promise<QaAdminDto> {
    return this.em.fork().transactional(async (em) => {
      const qa = await this.loadQa(em, id);
      const textChanged = qa.question !== input.question || qa.answer !== input.answer;
      if (textChanged && qa.status === 'published') throw contactErrors.unpublishFirst();
      // The person approved a wording, not an idea: a new wording needs their yes again.
      if (textChanged) qa.personApprovedAt = null;
      qa.question = input.question;
      qa.answer = input.answer;
      if (input.topic) qa.topic = input.topic;
      await em.flush();
      if (qa.status === 'published') await this.recorder.record(em, 'qa', qa.id, 'upsert', toQaDto(qa));
      return toQaAdminDto(qa);
    });
  }

  async publishQa(id: string): Promise<QaAdminDto> {
    return this.em.fork().transactional(async (em) => {
      const qa = await this.loadQa(em, id);
      // The person may have withdrawn consent in a follow-up since the draft was made.
      if (qa.conversation && !qa.conversation.publishConsent) throw contactErrors.noConsent();
      if (!qa.personApprovedAt) throw contactErrors.awaitingPerson();
      qa.status = 'published';
      qa.publishedAt ??= new Date();
      await em.flush();
      await this.recorder.record(em, 'qa', qa.id, 'upsert', toQaDto(qa));
      return toQaAdminDto(qa);
    });
  }

  async unpublishQa(id: string): Promise<QaAdminDto> {
    return this.em.fork().transactional(async (em) => {
      const qa = await this.loadQa(em, id);
      qa.status = 'draft';
      await em.flush();
      await this.recorder.record(em, 'qa', qa.id, 'delete', null);
      return toQaAdminDto(qa);
    });
  }

  private async loadQa(em: EntityManager, id: string): Promise<Qa> {
    if (!UUID_PATTERN.test(id)) throw contactErrors.qaNotFound();
    const qa = await em.findOne(Qa, { id }, { populate: ['conversation'] });
    if (!qa) throw contactErrors.qaNotFound();
    return qa;
  }
}
