import type { QaAdminDto, QaDto } from '@sexhandel/shared';
import { requestJson, type FetchFn } from './api.js';
import { appDb, type AppDB } from './app-db.js';
import { registerPulledEntities } from './pull.js';

/**
 * Questions and answers: the published list from sync (readable offline) and the staff side online.
 * The person's approval of the anonymised text goes through their pick-up code (contact.ts).
 */

registerPulledEntities({ entity: 'qa', table: 'qas' });

// ---- Published, on the device ----

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

// ---- Staff (online only) ----

/** Counsellor: an anonymised question and answer drafted from a conversation, for the person to approve. */
export function createQaDraft(
  conversationId: string,
  draft: { question: string; answer: string },
  fetchFn?: FetchFn,
): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchFn, `/api/admin/contact/${encodeURIComponent(conversationId)}/qa`, {
    method: 'POST',
    body: draft,
  });
}

/** Staff list of questions and answers: drafts (with the person's approval state) and published. */
export function fetchAdminQas(fetchFn?: FetchFn): Promise<QaAdminDto[]> {
  return requestJson<QaAdminDto[]>(fetchFn, '/api/admin/qa');
}

/** Editor: a new wording (the person must approve it again before it can be published). */
export function updateQa(qa: Pick<QaAdminDto, 'id' | 'question' | 'answer'>, fetchFn?: FetchFn): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchFn, `/api/admin/qa/${encodeURIComponent(qa.id)}`, {
    method: 'PUT',
    body: { question: qa.question, answer: qa.answer },
  });
}

/** Editor: publish (true) or unpublish (false); devices get it through sync. */
export function setQaPublished(id: string, published: boolean, fetchFn?: FetchFn): Promise<QaAdminDto> {
  return requestJson<QaAdminDto>(fetchFn, `/api/admin/qa/${encodeURIComponent(id)}/publication`, {
    method: published ? 'POST' : 'DELETE',
  });
}
