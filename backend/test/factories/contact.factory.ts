import { randomBytes } from 'node:crypto';
import {
  formatPickupCode,
  pickupCodeFromBytes,
  type ContactCreatePayload,
  type ContactCreateResult,
  type ContactReplyPayload,
  type MutationResult,
} from '@sexhandel/shared';
import type { TestApp } from '../test-app';
import { buildMutation, push } from './sync.factory';

export const CONTACT_BODY = 'Jeg har kjøpt sex noen ganger og vil snakke med noen om det.';

/** A fresh pick-up code as the device makes it (normalised, 16 symbols). */
export function newPickupCode(): string {
  return pickupCodeFromBytes(randomBytes(16));
}

/** A `contact.create` payload; with replyBy 'pickup' it carries a fresh device-made code unless given one. */
export function contactPayload(overrides: Partial<ContactCreatePayload> = {}): ContactCreatePayload {
  const payload: ContactCreatePayload = { topic: 'buying-sex', body: CONTACT_BODY, replyBy: 'pickup', ...overrides };
  if (payload.replyBy === 'pickup' && !('pickupCode' in overrides)) payload.pickupCode = newPickupCode();
  return payload;
}

/** Pushes one `contact.create` and returns its per-mutation result. */
export async function pushContact(sut: TestApp, payload: object, id?: string): Promise<MutationResult> {
  const { body } = await push(sut, [buildMutation('contact.create', payload, id)]);
  const [result] = body.results;
  if (!result) throw new Error('push answered no result');
  return result;
}

/** Creates a pick-up conversation and returns its id and code (shown as "ABCD-EFGH-JKMN-PQRS"). */
export async function createPickupConversation(
  sut: TestApp,
  overrides: Partial<ContactCreatePayload> = {},
): Promise<ContactCreateResult & { pickupCode: string }> {
  const payload = contactPayload(overrides);
  const result = await pushContact(sut, payload);
  if (result.status !== 'applied')
    throw new Error(`contact.create was ${result.status}: ${JSON.stringify(result.error)}`);
  return { ...(result.result as ContactCreateResult), pickupCode: formatPickupCode(payload.pickupCode ?? '') };
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
