import { randomUUID } from 'node:crypto';
import type { ChangeOp, Mutation, MutationKind, PushResponse, SyncEntity } from '@sexhandel/shared';
import { SyncChangeRecorder } from '../../src/sync/sync-change.recorder';
import type { TestApp } from '../test-app';

/** Writes one change into the pull stream the way content services do (inside a transaction). */
export async function recordChange(
  sut: TestApp,
  entity: SyncEntity,
  id: string,
  op: ChangeOp = 'upsert',
  data: object | null = { id },
): Promise<void> {
  const recorder = sut.app.get(SyncChangeRecorder);
  await sut.em().transactional((em) => recorder.record(em, entity, id, op, data));
}

export function buildMutation<P>(kind: MutationKind, payload: P, id: string = randomUUID()): Mutation<P> {
  return { id, kind, payload, createdAt: new Date().toISOString() };
}

export async function push(
  sut: TestApp,
  mutations: unknown[],
  headers: Record<string, string> = {},
): Promise<{ statusCode: number; body: PushResponse & { message?: unknown } }> {
  const response = await sut.app.inject({ method: 'POST', url: '/api/sync/push', payload: { mutations }, headers });
  return { statusCode: response.statusCode, body: response.json() };
}

/** Today in Europe/Oslo, shifted by `offset` days, as YYYY-MM-DD. */
export function osloDayOffset(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
