import type { ContactCreatePayload, ContactCreateResult, ContactReplyPayload, MutationResult } from '@sexhandel/shared';
import type { TestApp } from '../test-app';
import { buildMutation, push } from './sync.factory';

export const CONTACT_BODY = 'Jeg har kjøpt sex noen ganger og vil snakke med noen om det.';

export function contactPayload(overrides: Partial<ContactCreatePayload> = {}): ContactCreatePayload {
  return { topic: 'buying-sex', body: CONTACT_BODY, replyBy: 'pickup', ...overrides };
}

/** Pushes one `contact.create` and returns its per-mutation result. */
export async function pushContact(sut: TestApp, payload: object, id?: string): Promise<MutationResult> {
  const { body } = await push(sut, [buildMutation('contact.create', payload, id)]);
  const [result] = body.results;
  if (!result) throw new Error('push answered no result');
  return result;
}

/** Creates a pick-up conversation and returns its id and code. */
export async function createPickupConversation(
  sut: TestApp,
  overrides: Partial<ContactCreatePayload> = {},
): Promise<Required<ContactCreateResult>> {
  const result = await pushContact(sut, contactPayload(overrides));
  if (result.status !== 'applied')
    throw new Error(`contact.create was ${result.status}: ${JSON.stringify(result.error)}`);
  return result.result as Required<ContactCreateResult>;
}

export async function pushReply(
  sut: TestApp,
  payload: ContactReplyPayload | object,
  remoteAddress?: string,
): Promise<MutationResult> {
  const response = await sut.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    payload: { mutations: [buildMutation('contact.reply', payload)] },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  const [result] = response.json<{ results: MutationResult[] }>().results;
  if (!result) throw new Error('push answered no result');
  return result;
}

export async function readConversation(sut: TestApp, code: string, remoteAddress?: string) {
  return sut.app.inject({
    method: 'POST',
    url: '/api/contact/conversation',
    payload: { code },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

/** Every column of a table as text, for "nothing in clear" assertions. */
export async function tableAsText(sut: TestApp, table: string): Promise<string> {
  const rows = await sut.sql<{ row: string }>(`select t::text as row from ${table} t`);
  return rows.map((r) => r.row).join('\n');
}
