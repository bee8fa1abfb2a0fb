import {
  LIMITS,
  formatPickupCode,
  isPickupCode,
  normalisePickupCode,
  pickupCodeFromBytes,
  PICKUP_CODE_LENGTH,
  type ContactCreatePayload,
  type ContactCreateResult,
  type ContactReplyPayload,
  type ContactTopic,
  type ConversationDto,
  type MutationError,
} from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import {
  appDb,
  type AppDB,
  type CodeChoice,
  type ContactConversationRow,
  type ContactDraftRow,
  type OutboxRow,
} from './app-db.js';
import { enqueue, registerOutboxKinds } from './outbox.js';

/**
 * Contacting a counsellor from this device: the contact draft (only here until Send), sending through
 * the outbox, pick-up codes kept only by choice, and the conversations they open ("Mine samtaler").
 * The counsellors' side is inbox.ts; published Q&As are qa.ts; the phone line is phone-line.ts.
 */

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

export type ContactProblem = 'no_topic' | 'empty_body' | 'too_long' | 'no_email' | 'bad_email';

/** A simple address check; the server has the last word. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every problem with the draft before it is sent (all at once: each is shown at its field). */
export function contactProblems(
  draft: Pick<ContactDraftRow, 'topic' | 'body' | 'replyBy' | 'email'>,
): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (!draft.topic) problems.push('no_topic');
  if (!draft.body.trim()) problems.push('empty_body');
  else if (draft.body.trim().length > LIMITS.contactBodyMax) problems.push('too_long');
  if (draft.replyBy === 'email') {
    if (!draft.email.trim()) problems.push('no_email');
    else if (!EMAIL_PATTERN.test(draft.email.trim())) problems.push('bad_email');
  }
  return problems;
}

/**
 * A new pick-up code made on this device: 80 bits from `crypto.getRandomValues` in the server's
 * alphabet, so the code can be shown at Send, also offline. Normalised (no dashes).
 */
export function makePickupCode(): string {
  return pickupCodeFromBytes(crypto.getRandomValues(new Uint8Array(PICKUP_CODE_LENGTH)));
}

/** The payload sent for a draft: the address only with replyBy 'email', the code only with 'pickup'. */
export function contactPayloadOf(draft: ContactDraftRow, pickupCode?: string): ContactCreatePayload {
  const payload: ContactCreatePayload = {
    topic: draft.topic as ContactTopic,
    body: draft.body.trim(),
    replyBy: draft.replyBy,
  };
  if (draft.replyBy === 'email') payload.email = draft.email.trim();
  if (draft.publishConsent) payload.publishConsent = true;
  if (draft.replyBy === 'pickup') payload.pickupCode = pickupCode ?? makePickupCode();
  return payload;
}

/**
 * Moves the draft into the outbox as `contact.create` in ONE transaction (with a device-made code
 * for 'pickup'). Returns the mutation id.
 */
export async function sendContact(draft: ContactDraftRow, db: AppDB = appDb): Promise<string> {
  return db.transaction('rw', db.outbox, db.contactDrafts, async () => {
    const id = await enqueue('contact.create', contactPayloadOf(draft), { db });
    await db.contactDrafts.delete(CONTACT_DRAFT_ID);
    return id;
  });
}

/**
 * An applied contact.create with a pick-up code becomes a conversation on this device unless the
 * person said they wrote the code down (kept only if they chose so; held until they choose
 * otherwise). The row held the address (e-mail replies): it leaves the device now that the server has it.
 */
async function keepContactCreated(db: AppDB, row: OutboxRow, result: unknown): Promise<void> {
  const payload = row.payload as ContactCreatePayload;
  const created = result as ContactCreateResult | undefined;
  const code = payload.pickupCode;
  if (
    code &&
    created?.conversationId &&
    row.codeChoice !== 'written' &&
    !(await db.contactConversations.get(created.conversationId))
  ) {
    await db.contactConversations.put({
      conversationId: created.conversationId,
      code: normalisePickupCode(code),
      topic: payload.topic,
      createdAt: row.createdAt,
      mutationId: row.id,
      codeShown: true,
      kept: row.codeChoice === 'keep',
    });
  }
  await db.outbox.delete(row.id);
}

/** A refused contact.create goes back to being the draft, with the refusal. */
async function restoreContactDraft(db: AppDB, row: OutboxRow, error: MutationError): Promise<void> {
  const payload = row.payload as ContactCreatePayload;
  await db.contactDrafts.put({
    id: CONTACT_DRAFT_ID,
    topic: payload.topic,
    body: payload.body,
    replyBy: payload.replyBy,
    email: payload.email ?? '',
    publishConsent: payload.publishConsent ?? false,
    updatedAt: new Date().toISOString(),
    serverError: error,
  });
  await db.outbox.delete(row.id);
}

// contact.reply keeps the defaults: applied, it leaves; refused, it waits as needs-attention.
registerOutboxKinds(
  {
    kind: 'contact.create',
    tables: ['contactDrafts', 'contactConversations'],
    onApplied: keepContactCreated,
    onRejected: restoreContactDraft,
  },
  { kind: 'contact.reply', tables: [] },
);

/** Contact mutations still waiting in the outbox (or refused), oldest first. */
export async function listContactOutbox(db: AppDB = appDb): Promise<OutboxRow[]> {
  const rows = await db.outbox.where('kind').anyOf('contact.create', 'contact.reply').toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

// ---- Pick-up codes after Send: kept only by choice ----

/** A code shown after Send that waits for the person's choice (write it down, or keep it here). */
export interface HeldCode {
  mutationId: string;
  code: string;
  /** False while the message is still in the outbox. */
  sent: boolean;
}

/** How long a code nobody chose for stays held on the device (a closed tab must not keep it forever). */
export const HELD_CODE_MS = 24 * 60 * 60 * 1000;

/** The code waiting for a choice: for `mutationId` if given, else the newest one on this device. */
export async function findHeldCode(db: AppDB = appDb, mutationId?: string): Promise<HeldCode | undefined> {
  // Both reads start in the same tick, so a liveQuery observes both tables.
  const [outboxRows, heldRows] = await Promise.all([
    db.outbox.where('kind').equals('contact.create').toArray(),
    db.contactConversations.filter((row) => row.kept === false).toArray(),
  ]);
  const waiting = outboxRows
    .filter((row) => !row.codeChoice && !!(row.payload as ContactCreatePayload).pickupCode)
    .map((row) => ({
      mutationId: row.id,
      code: (row.payload as ContactCreatePayload).pickupCode ?? '',
      sent: false,
      at: row.createdAt,
    }));
  const held = heldRows.map((row) => ({
    mutationId: row.mutationId,
    code: row.code,
    sent: true,
    at: row.createdAt,
  }));
  const all = [...waiting, ...held].sort((a, b) => b.at.localeCompare(a.at));
  const found = mutationId ? all.find((item) => item.mutationId === mutationId) : all[0];
  return found ? { mutationId: found.mutationId, code: found.code, sent: found.sent } : undefined;
}

/**
 * The person's choice after Send. 'keep': the conversation goes under "Mine samtaler". 'written':
 * the device forgets the code (once the message has left, if it has not yet).
 */
export async function chooseCodeFate(mutationId: string, choice: CodeChoice, db: AppDB = appDb): Promise<void> {
  await db.transaction('rw', db.outbox, db.contactConversations, async () => {
    await db.outbox.update(mutationId, { codeChoice: choice });
    const conversation = await db.contactConversations.where('mutationId').equals(mutationId).first();
    if (!conversation) return;
    if (choice === 'keep') await db.contactConversations.update(conversation.conversationId, { kept: true });
    else await db.contactConversations.delete(conversation.conversationId);
  });
}

/** Forgets codes held longer than HELD_CODE_MS without a choice. Returns how many went. */
export async function dropStaleHeldCodes(db: AppDB = appDb, now: Date = new Date()): Promise<number> {
  const cutoff = now.getTime() - HELD_CODE_MS;
  return db.contactConversations.filter((row) => row.kept === false && Date.parse(row.createdAt) <= cutoff).delete();
}

// ---- Conversations kept on this device ----

/** "Mine samtaler": only the conversations the person chose to keep here. */
export async function listContactConversations(db: AppDB = appDb): Promise<ContactConversationRow[]> {
  return (await db.contactConversations.orderBy('createdAt').reverse().toArray()).filter((row) => row.kept === true);
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
  return requestJson<ConversationDto>(fetchFn, '/api/contact/conversation', {
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
  const conversation = await requestJson<ConversationDto>(fetchFn, '/api/contact/qa-decision', {
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
    // Typed in under "Mine samtaler" to open it there: the person asked for it to be kept.
    kept: true,
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
  const payload: ContactReplyPayload = { code: normalisePickupCode(code), body: body.trim() };
  // Left out, the earlier answer about Q&A publication stands.
  if (publishConsent !== undefined) payload.publishConsent = publishConsent;
  return enqueue('contact.reply', payload, { db });
}
