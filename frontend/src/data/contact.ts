import {
  LIMITS,
  PHONE_HOURS_ID,
  formatPickupCode,
  isPickupCode,
  normalisePickupCode,
  type ContactCreatePayload,
  type ContactCreateResult,
  type ContactReplyPayload,
  type ContactTopic,
  type ConversationDto,
  type ConversationStatus,
  type CounsellorConversationDto,
  type InboxDto,
  type MutationError,
  type PhoneInfoDto,
  type PhoneLineDto,
  type QaAdminDto,
  type QaDto,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB, type ContactConversationRow, type ContactDraftRow, type OutboxRow } from './app-db.js';

/**
 * Counselling on the device: the contact draft (only here until Send), sending through the outbox,
 * conversations kept with their pick-up codes, the synced phone line and Q&As, and the
 * counsellor/editor API calls.
 */

function fetchOf(fetchFn?: FetchFn): FetchFn {
  return fetchFn ?? globalThis.fetch.bind(globalThis);
}

// ---- The draft ----

export const CONTACT_DRAFT_ID = 'contact';

export function emptyContactDraft(): ContactDraftRow {
  return {
    id: CONTACT_DRAFT_ID,
    topic: '',
    body: '',
    replyBy: 'pickup',
    email: '',
    publishConsent: false,
    updatedAt: new Date().toISOString(),
  };
}

export function getContactDraft(db: AppDB = appDb): Promise<ContactDraftRow | undefined> {
  return db.contactDrafts.get(CONTACT_DRAFT_ID);
}

/** Stores the draft, or removes it when nothing is written (no empty draft left behind). */
export async function saveContactDraft(draft: ContactDraftRow, db: AppDB = appDb): Promise<void> {
  if (!draft.body.trim() && !draft.email.trim() && !draft.topic) {
    await db.contactDrafts.delete(CONTACT_DRAFT_ID);
    return;
  }
  await db.contactDrafts.put({ ...draft, id: CONTACT_DRAFT_ID, updatedAt: new Date().toISOString() });
}

export function deleteContactDraft(db: AppDB = appDb): Promise<void> {
  return db.contactDrafts.delete(CONTACT_DRAFT_ID);
}

export type ContactProblem = 'no_topic' | 'empty_body' | 'too_long' | 'no_email' | 'bad_email';

/** A simple address check; the server has the last word. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function contactProblem(draft: Pick<ContactDraftRow, 'topic' | 'body' | 'replyBy' | 'email'>): ContactProblem | null {
  if (!draft.topic) return 'no_topic';
  if (!draft.body.trim()) return 'empty_body';
  if (draft.body.trim().length > LIMITS.contactBodyMax) return 'too_long';
  if (draft.replyBy === 'email') {
    if (!draft.email.trim()) return 'no_email';
    if (!EMAIL_PATTERN.test(draft.email.trim())) return 'bad_email';
  }
  return null;
}

/** The payload sent for a draft: the address only with replyBy 'email'. */
export function contactPayloadOf(draft: ContactDraftRow): ContactCreatePayload {
  const payload: ContactCreatePayload = {
    topic: draft.topic as ContactTopic,
    body: draft.body.trim(),
    replyBy: draft.replyBy,
  };
  if (draft.replyBy === 'email') payload.email = draft.email.trim();
  if (draft.publishConsent) payload.publishConsent = true;
  return payload;
}

/** Moves the draft into the outbox as `contact.create` in ONE transaction. Returns the mutation id. */
export async function sendContact(draft: ContactDraftRow, db: AppDB = appDb): Promise<string> {
  const id = crypto.randomUUID();
  await db.transaction('rw', db.outbox, db.contactDrafts, async () => {
    await db.outbox.add({
      id,
      kind: 'contact.create',
      payload: contactPayloadOf(draft),
      createdAt: new Date().toISOString(),
      state: 'queued',
      attempts: 0,
    });
    await db.contactDrafts.delete(CONTACT_DRAFT_ID);
  });
  return id;
}

/**
 * Called by pushOutbox inside its transaction for an answered contact.create: an applied one with a
 * pick-up code becomes a conversation on this device; a rejected one goes back to being the draft.
 * Returns true when the outbox row was dealt with here (and deleted).
 */
export async function keepContactResult(
  db: AppDB,
  row: OutboxRow,
  outcome: { applied: true; result: unknown } | { applied: false; error: MutationError },
): Promise<boolean> {
  if (row.kind !== 'contact.create') return false;
  const payload = row.payload as ContactCreatePayload;
  if (outcome.applied) {
    const result = outcome.result as ContactCreateResult | undefined;
    if (result?.pickupCode && !(await db.contactConversations.get(result.conversationId))) {
      await db.contactConversations.put({
        conversationId: result.conversationId,
        code: normalisePickupCode(result.pickupCode),
        topic: payload.topic,
        createdAt: row.createdAt,
        mutationId: row.id,
        codeShown: false,
      });
    }
    // The row held the address (e-mail replies): it leaves the device now that the server has it.
    await db.outbox.delete(row.id);
    return true;
  }
  await db.contactDrafts.put({
    id: CONTACT_DRAFT_ID,
    topic: payload.topic,
    body: payload.body,
    replyBy: payload.replyBy,
    email: payload.email ?? '',
    publishConsent: payload.publishConsent ?? false,
    updatedAt: new Date().toISOString(),
    serverError: outcome.error,
  });
  await db.outbox.delete(row.id);
  return true;
}

/** Contact mutations still waiting in the outbox (or refused), oldest first. */
export async function listContactOutbox(db: AppDB = appDb): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('kind').anyOf('contact.create', 'contact.reply').toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

// ---- Conversations kept on this device ----

export function listContactConversations(db: AppDB = appDb): Promise<ContactConversationRow[]> {
  return db.contactConversations.orderBy('createdAt').reverse().toArray();
}

export function getConversationByMutation(
  mutationId: string,
  db: AppDB = appDb,
): Promise<ContactConversationRow | undefined> {
  return db.contactConversations.where('mutationId').equals(mutationId).first();
}

export async function markCodeShown(conversationId: string, db: AppDB = appDb): Promise<void> {
  await db.contactConversations.update(conversationId, { codeShown: true });
}

export async function removeConversation(conversationId: string, db: AppDB = appDb): Promise<void> {
  await db.contactConversations.delete(conversationId);
}

/** "ABCD EFGH JKMN PQRS" for display (groups of four). */
export function spacedCode(code: string): string {
  return formatPickupCode(normalisePickupCode(code)).replace(/-/g, ' ');
}

/** Fetches the conversation a code opens (online only). 404: no such code; 429: too many tries. */
export function fetchConversation(code: string, fetchFn?: FetchFn): Promise<ConversationDto> {
  return requestJson<ConversationDto>(fetchOf(fetchFn), '/api/contact/conversation', {
    method: 'POST',
    body: { code: normalisePickupCode(code) },
  });
}

/** Fetches with the stored code and keeps the copy for offline reading. */
export async function refreshConversation(
  row: ContactConversationRow,
  fetchFn?: FetchFn,
  db: AppDB = appDb,
): Promise<ConversationDto> {
  const conversation = await fetchConversation(row.code, fetchFn);
  await db.contactConversations.update(row.conversationId, { cached: conversation });
  return conversation;
}

/** Sends the person's yes or no to publishing the pending Q&A text, and keeps the updated copy. */
export async function decideQa(
  row: ContactConversationRow,
  qaId: string,
  approve: boolean,
  fetchFn?: FetchFn,
  db: AppDB = appDb,
): Promise<ConversationDto> {
  const conversation = await requestJson<ConversationDto>(fetchOf(fetchFn), '/api/contact/qa-decision', {
    method: 'POST',
    body: { code: row.code, qaId, approve },
  });
  await db.contactConversations.update(row.conversationId, { cached: conversation });
  return conversation;
}

export type OpenCodeResult = 'bad_format' | 'added' | 'known';

/** Opens a conversation by a typed code (written down elsewhere) and keeps it on this device. */
export async function openConversationByCode(
  input: string,
  fetchFn?: FetchFn,
  db: AppDB = appDb,
): Promise<OpenCodeResult> {
  const code = normalisePickupCode(input);
  if (!isPickupCode(code)) return 'bad_format';
  const conversation = await fetchConversation(code, fetchFn);
  const known = await db.contactConversations.get(conversation.id);
  await db.contactConversations.put({
    conversationId: conversation.id,
    code,
    topic: conversation.topic,
    createdAt: conversation.createdAt,
    mutationId: known?.mutationId ?? '',
    codeShown: true,
    cached: conversation,
  });
  return known ? 'known' : 'added';
}

/** Queues a follow-up (`contact.reply`), optionally giving or withdrawing Q&A consent; the outbox sends it. */
export async function sendContactReply(
  code: string,
  body: string,
  db: AppDB = appDb,
  publishConsent?: boolean,
): Promise<string> {
  const id = crypto.randomUUID();
  const payload: ContactReplyPayload = { code: normalisePickupCode(code), body: body.trim() };
  // Left out, the earlier answer about Q&A publication stands.
  if (publishConsent !== undefined) payload.publishConsent = publishConsent;
  await db.outbox.add({ id, kind: 'contact.reply', payload, createdAt: new Date().toISOString(), state: 'queued', attempts: 0 });
  return id;
}

// ---- Synced content: phone line and questions and answers ----

function isPhoneLine(row: unknown): row is PhoneLineDto {
  const line = row as Partial<PhoneLineDto> | undefined;
  return typeof line?.number === 'string' && Array.isArray(line.hours) && Array.isArray(line.closedDates);
}

export async function readPhoneLine(db: AppDB = appDb): Promise<PhoneLineDto | null> {
  const row = await db.phoneHours.get(PHONE_HOURS_ID);
  return isPhoneLine(row) ? { number: row.number, hours: row.hours, closedDates: row.closedDates, note: row.note ?? '' } : null;
}

export async function listQas(db: AppDB = appDb): Promise<QaDto[]> {
  return db.qas.orderBy('publishedAt').reverse().toArray();
}

/** Every word of the query must occur in the question or the answer (case-insensitive). */
export function filterQas(qas: readonly QaDto[], query: string): QaDto[] {
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...qas];
  return qas.filter((qa) => {
    const text = `${qa.question} ${qa.answer}`.toLocaleLowerCase('nb');
    return words.every((word) => text.includes(word));
  });
}

// ---- Counsellor inbox and phone editor (online only) ----

export function fetchInbox(status: ConversationStatus, fetchFn?: FetchFn): Promise<InboxDto> {
  const params = new URLSearchParams({ status, limit: String(LIMITS.pageLimitMax) });
  return requestJson<InboxDto>(fetchOf(fetchFn), `/api/admin/contact?${params.toString()}`);
}

export function fetchCounsellorConversation(id: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchOf(fetchFn), `/api/admin/contact/${encodeURIComponent(id)}`);
}

export function answerConversation(id: string, body: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchOf(fetchFn), `/api/admin/contact/${encodeURIComponent(id)}/answers`, {
    method: 'POST',
    body: { body },
  });
}

export function closeConversation(id: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchOf(fetchFn), `/api/admin/contact/${encodeURIComponent(id)}/closure`, {
    method: 'POST',
  });
}

export function addConversationNote(id: string, body: string, fetchFn?: FetchFn): Promise<CounsellorConversationDto> {
  return requestJson<CounsellorConversationDto>(fetchOf(fetchFn), `/api/admin/contact/${encodeURIComponent(id)}/notes`, {
    method: 'POST',
    body: { body },
  });
}

export function createQaDraft(
  id: string,
  draft: { question: string; answer: string },
  fetchFn?: FetchFn,
): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchOf(fetchFn), `/api/admin/contact/${encodeURIComponent(id)}/qa`, {
    method: 'POST',
    body: draft,
  });
}

/** Staff list of questions and answers: drafts (with the person's approval state) and published. */
export function fetchAdminQas(fetchFn?: FetchFn): Promise<QaAdminDto[]> {
  return requestJson<QaAdminDto[]>(fetchOf(fetchFn), '/api/admin/qa');
}

/** Editor: a new wording (the person must approve it again before it can be published). */
export function updateQa(qa: Pick<QaAdminDto, 'id' | 'question' | 'answer'>, fetchFn?: FetchFn): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchOf(fetchFn), `/api/admin/qa/${encodeURIComponent(qa.id)}`, {
    method: 'PUT',
    body: { question: qa.question, answer: qa.answer },
  });
}

/** Editor: publish (true) or unpublish (false); devices get it through sync. */
export function setQaPublished(id: string, published: boolean, fetchFn?: FetchFn): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchOf(fetchFn), `/api/admin/qa/${encodeURIComponent(id)}/publication`, {
    method: published ? 'POST' : 'DELETE',
  });
}

export function fetchPhoneInfo(fetchFn?: FetchFn): Promise<PhoneInfoDto> {
  return requestJson<PhoneInfoDto>(fetchOf(fetchFn), '/api/phone');
}

export function updatePhoneLine(line: PhoneLineDto, fetchFn?: FetchFn): Promise<PhoneInfoDto> {
  return requestJson<PhoneInfoDto>(fetchOf(fetchFn), '/api/admin/phone', { method: 'PUT', body: line });
}
