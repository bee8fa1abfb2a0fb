import type { VisitRecordPayload } from '@sexhandel/shared';
import { appDb, type AppDB } from './app-db.js';
import { enqueue, registerOutboxKinds } from './outbox.js';

// A visit is only counted: applied, it leaves the outbox; refused, it waits as needs-attention.
registerOutboxKinds({ kind: 'visit.record', tables: [] });

/** Local calendar day as YYYY-MM-DD. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Queues one anonymous `visit.record` per device per day (no identifier is sent), with the code of
 * the campaign short link the app was opened through, if any. Returns true when a visit was
 * queued today by this call.
 */
export async function recordVisit(db: AppDB = appDb, now: Date = new Date(), campaign?: string): Promise<boolean> {
  const day = localDay(now);
  const payload: VisitRecordPayload = { day, installed: matchMedia('(display-mode: standalone)').matches };
  if (campaign) payload.campaign = campaign;
  return db.transaction('rw', db.meta, db.outbox, async () => {
    if ((await db.getMeta('lastVisitDay')) === day) return false;
    await db.meta.put({ key: 'lastVisitDay', value: day });
    await enqueue('visit.record', payload, { db, createdAt: now.toISOString() });
    return true;
  });
}
