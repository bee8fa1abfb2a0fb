import { LockMode, QueryOrder, type FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CONVERSATION_STATUSES,
  LIMITS,
  UUID_PATTERN,
  type ConversationDto,
  type ConversationStatus,
  type CounsellorConversationDto,
  type InboxDto,
  type QaAdminDto,
} from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import type { Actor } from '../accounts/actor';
import { FieldCipher } from '../crypto/field-cipher';
import { MailService } from '../mail/mail.service';
import { contactErrors } from './contact-errors';
import { ContactMessage } from './contact-message.entity';
import { ContactNote } from './contact-note.entity';
import { ContactRepository } from './contact.repository';
import { ContactRateLimiter } from './contact-rate-limiter';
import { SEAL } from './contact-sealing';
import { toConversationSummaryDto, toQaAdminDto } from './contact.mappers';
import { Conversation } from './conversation.entity';
import type { InboxQuery, QaDraftRequest } from './dto/contact.requests';
import { PickupCodes } from './pickup-codes';
import { Qa } from './qa.entity';

/** Neutral: the subject and text say nothing about what the person wrote. */
export const ANSWER_MAIL_SUBJECT = 'Svar fra Sexhandel';

function answerMailText(answer: string): string {
  return [
    'Hei,',
    '',
    'Her er svaret på meldingen du sendte oss:',
    '',
    answer,
    '',
    'E-postadressen din er nå slettet hos oss. Vil du skrive igjen, kan du sende en ny melding i appen.',
    'Denne e-posten kan ikke besvares.',
  ].join('\n');
}

function encodeCursor(conversation: Conversation): string {
  return Buffer.from(`${conversation.lastMessageAt.toISOString()}|${conversation.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || !UUID_PATTERN.test(id) || Number.isNaN(date.getTime())) throw contactErrors.badCursor();
  return { at: date, id };
}

/**
 * Conversations: the person's read with the pick-up code, and the counsellor inbox. Bodies and
 * notes are decrypted only on the way out; the e-mail address is decrypted only to send the answer
 * and is then deleted.
 */
@Injectable()
export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly codes: PickupCodes,
    private readonly limiter: ContactRateLimiter,
    private readonly mail: MailService,
    private readonly contact: ContactRepository,
  ) {}

  /** POST /api/contact/conversation: the conversation a code opens; a wrong code is a 404 and counts. */
  async readConversation(code: string): Promise<ConversationDto> {
    const client = this.limiter.currentClientKey();
    if (await this.limiter.isBlocked(client)) throw contactErrors.rateLimited();
    const em = this.em.fork();
    const conversation = await this.codes.findConversation(em, code);
    if (!conversation) {
      await this.limiter.recordFailure(client);
      throw contactErrors.codeNotFound();
    }
    return this.toConversationDto(em, conversation);
  }

  /**
   * POST /api/contact/qa-decision: the person approves or declines the exact anonymised text a
   * counsellor made from their conversation. Declining deletes the draft and withdraws consent.
   */
  async decideQa(code: string, qaId: string, approve: boolean): Promise<ConversationDto> {
    const client = this.limiter.currentClientKey();
    if (await this.limiter.isBlocked(client)) throw contactErrors.rateLimited();
    const decided = await this.em.fork().transactional(async (em) => {
      const conversation = await this.codes.findConversation(em, code);
      if (!conversation) return null;
      const qa = await em.findOne(Qa, { id: qaId, conversation, status: 'draft', personApprovedAt: null });
      if (!qa) throw contactErrors.qaNotFound();
      if (approve) {
        qa.personApprovedAt = new Date();
        conversation.publishConsent = true;
      } else {
        conversation.publishConsent = false;
        em.remove(qa);
      }
      await em.flush();
      return this.toConversationDto(em, conversation);
    });
    if (decided) return decided;
    // Counted after the transaction, in a statement of its own that nothing rolls back.
    await this.limiter.recordFailure(client);
    throw contactErrors.codeNotFound();
  }

  private async toConversationDto(em: EntityManager, conversation: Conversation): Promise<ConversationDto> {
    const messages = await this.findMessages(em, conversation);
    const pending = await em.findOne(
      Qa,
      { conversation, status: 'draft', personApprovedAt: null },
      { orderBy: { createdAt: QueryOrder.DESC } },
    );
    return {
      id: conversation.id,
      topic: conversation.topic,
      status: conversation.status,
      createdAt: conversation.createdAt.toISOString(),
      messages: messages.map((message) => ({
        from: message.sender,
        body: this.cipher.decrypt(message.bodySealed, SEAL.message),
        sentAt: message.createdAt.toISOString(),
      })),
      pendingQa: pending ? { id: pending.id, question: pending.question, answer: pending.answer } : null,
    };
  }

  /** The inbox: one status at a time, latest message first, with the count of every status. */
  async listConversations(query: InboxQuery): Promise<InboxDto> {
    const em = this.em.fork();
    const status = query.status ?? 'new';
    const limit = query.limit ?? LIMITS.pageLimitDefault;
    const where: FilterQuery<Conversation> = { status };
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      where.$or = [{ lastMessageAt: { $lt: after.at } }, { lastMessageAt: after.at, id: { $lt: after.id } }];
    }
    const rows = await em.find(Conversation, where, {
      orderBy: { lastMessageAt: QueryOrder.DESC, id: QueryOrder.DESC },
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const counts = await this.countMessages(
      em,
      page.map((row) => row.id),
    );
    return {
      counts: await this.countStatuses(em),
      conversations: page.map((row) => toConversationSummaryDto(row, counts.get(row.id) ?? 0)),
      nextCursor: rows.length > limit && page.length > 0 ? encodeCursor(page[page.length - 1] as Conversation) : null,
    };
  }

  async getConversation(id: string): Promise<CounsellorConversationDto> {
    const em = this.em.fork();
    const conversation = await this.loadConversation(em, id);
    const messages = await this.findMessages(em, conversation);
    const notes = await em.find(
      ContactNote,
      { conversation },
      { populate: ['author'], orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
    );
    return {
      ...toConversationSummaryDto(conversation, messages.length),
      closedAt: conversation.closedAt?.toISOString() ?? null,
      messages: messages.map((message) => ({
        from: message.sender,
        body: this.cipher.decrypt(message.bodySealed, SEAL.message),
        sentAt: message.createdAt.toISOString(),
        counsellorAlias: message.counsellor?.alias ?? null,
      })),
      notes: notes.map((note) => ({
        id: note.id,
        body: this.cipher.decrypt(note.bodySealed, SEAL.note),
        authorAlias: note.author?.alias ?? null,
        createdAt: note.createdAt.toISOString(),
      })),
    };
  }

  /**
   * A counsellor's answer. For an e-mail conversation it is queued as a mail (the person's own words
   * are not in it) and the address is deleted from the conversation in the same transaction; the
   * mail worker sends it after commit. For a pick-up conversation it waits for the person's code.
   */
  async answerConversation(id: string, body: string, actor: Actor): Promise<CounsellorConversationDto> {
    await this.em.fork().transactional(async (em) => {
      const conversation = await this.loadConversation(em, id, true);
      if (conversation.status === 'closed') throw contactErrors.conversationClosed();
      if (conversation.replyBy === 'email' && conversation.emailSealed === null) throw contactErrors.addressGone();
      const now = conversation.nextMessageTime();
      const message = new ContactMessage(conversation, 'counsellor', this.cipher.encrypt(body, SEAL.message), now);
      message.counsellor = em.getReference(Account, actor.accountId);
      em.persist(message);
      conversation.status = 'answered';
      conversation.lastMessageAt = now;
      if (conversation.emailSealed !== null) {
        // The address moves into the mail queue (sealed, gone within a day) in this transaction.
        const to = this.cipher.decrypt(conversation.emailSealed, SEAL.email);
        await this.mail.enqueue(em, { to, subject: ANSWER_MAIL_SUBJECT, text: answerMailText(body) });
        conversation.emailSealed = null;
      }
      await em.flush();
    });
    return this.getConversation(id);
  }

  async closeConversation(id: string): Promise<CounsellorConversationDto> {
    await this.em.fork().transactional(async (em) => {
      const conversation = await this.loadConversation(em, id, true);
      if (conversation.status !== 'closed') {
        conversation.status = 'closed';
        conversation.closedAt = new Date();
      }
      await em.flush();
    });
    return this.getConversation(id);
  }

  async addNote(id: string, body: string, actor: Actor): Promise<CounsellorConversationDto> {
    const em = this.em.fork();
    const conversation = await this.loadConversation(em, id);
    em.persist(
      new ContactNote(conversation, em.getReference(Account, actor.accountId), this.cipher.encrypt(body, SEAL.note)),
    );
    await em.flush();
    return this.getConversation(id);
  }

  /** A draft public Q&A in the counsellor's anonymised words; only when the person agreed. */
  async createQaDraft(id: string, input: QaDraftRequest, actor: Actor): Promise<QaAdminDto> {
    const em = this.em.fork();
    const conversation = await this.loadConversation(em, id);
    if (!conversation.publishConsent) throw contactErrors.noConsent();
    const qa = new Qa(
      conversation,
      input.topic ?? conversation.topic,
      input.question,
      input.answer,
      em.getReference(Account, actor.accountId),
    );
    em.persist(qa);
    await em.flush();
    return toQaAdminDto(qa);
  }

  private async loadConversation(em: EntityManager, id: string, lock = false): Promise<Conversation> {
    if (!UUID_PATTERN.test(id)) throw contactErrors.conversationNotFound();
    const conversation = await em.findOne(Conversation, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!conversation) throw contactErrors.conversationNotFound();
    return conversation;
  }

  private findMessages(em: EntityManager, conversation: Conversation): Promise<ContactMessage[]> {
    return em.find(
      ContactMessage,
      { conversation },
      { populate: ['counsellor'], orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
    );
  }

  private async countStatuses(em: EntityManager): Promise<Record<ConversationStatus, number>> {
    const rows = await this.contact.countConversationsByStatus(em);
    const counts = Object.fromEntries(CONVERSATION_STATUSES.map((status) => [status, 0])) as Record<
      ConversationStatus,
      number
    >;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  private countMessages(em: EntityManager, ids: string[]): Promise<Map<string, number>> {
    return this.contact.countMessages(em, ids);
  }
}
