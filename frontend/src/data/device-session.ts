import type { MeDto } from '@sexhandel/shared';
import { appDb, type AppDB, type OutboxRow } from './app-db.js';
import { belongsToSession } from './outbox.js';

/**
 * Who is signed in on this device, known without the network, and what belongs to that account.
 *
 * Signing in leaves a marker in localStorage (no personal data: just that a sign-in happened here)
 * and the account (MeDto) in IndexedDB. "Clear this device" wipes both, also offline, while the
 * HttpOnly session cookie cannot be touched from the page: so a session the server reports but the
 * device has no marker for is ended at once (see SessionService).
 */

export const DEVICE_MARKER_KEY = 'sexhandel-signed-in';
/** A draft hidden because its session ended without a logout is deleted after this many days. */
export const HIDDEN_DRAFT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Outbox kinds that hold nothing a person would miss (counts only): never counted or asked about. */
const SILENT_KINDS = new Set<OutboxRow['kind']>(['visit.record']);

export function hasDeviceMarker(): boolean {
  try {
    return localStorage.getItem(DEVICE_MARKER_KEY) !== null;
  } catch {
    return false;
  }
}

/** Leaves the marker; called the moment a sign-in or registration succeeded. */
export function leaveDeviceMarker(): void {
  try {
    localStorage.setItem(DEVICE_MARKER_KEY, '1');
  } catch {
    // Storage refused (private mode quota): the next start ends the session, which is the safe side.
  }
}

function removeDeviceMarker(): void {
  try {
    localStorage.removeItem(DEVICE_MARKER_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** The account signed in on this device, or null; works offline. */
export async function readSignedIn(db: AppDB = appDb): Promise<MeDto | null> {
  if (!hasDeviceMarker()) return null;
  const value = await db.getMeta('signedInAs');
  if (!value) return null;
  try {
    const me = JSON.parse(value) as MeDto;
    return typeof me.id === 'string' && typeof me.alias === 'string' ? me : null;
  } catch {
    return null;
  }
}

/** The id of the account whose drafts may be shown, or null when nobody is signed in here. */
export async function currentAccountId(db: AppDB = appDb): Promise<string | null> {
  return (await readSignedIn(db))?.id ?? null;
}

/** After a sign-in (or a check with the server): remembers the account and shows its hidden drafts again. */
export async function rememberSignIn(me: MeDto, db: AppDB = appDb): Promise<void> {
  leaveDeviceMarker();
  await db.transaction('rw', db.meta, db.drafts, db.outbox, async () => {
    await db.meta.put({ key: 'signedInAs', value: JSON.stringify(me) });
    await db.drafts
      .where('accountId')
      .equals(me.id)
      .modify((draft) => {
        delete draft.hiddenAt;
      });
    await db.outbox
      .filter((row) => row.accountId === me.id && !!row.hiddenAt)
      .modify((row) => {
        delete row.hiddenAt;
      });
  });
}

/**
 * The version(6) upgrade left a one-time permission: a session opened before the device marker
 * existed is this device's own, so it is adopted with the drafts nobody owned yet. A wiped device has
 * no such permission (its database is new), so a session found there is ended instead.
 */
export async function adoptEarlierSession(me: MeDto, db: AppDB = appDb): Promise<boolean> {
  const adopted = await db.transaction('rw', db.meta, db.drafts, db.outbox, async () => {
    if (!(await db.getMeta('adoptSession'))) return false;
    await db.meta.delete('adoptSession');
    await db.drafts
      .where('accountId')
      .equals('')
      .modify((draft) => {
        draft.accountId = me.id;
        delete draft.hiddenAt;
      });
    await db.outbox
      .filter((row) => row.accountId === '')
      .modify((row) => {
        row.accountId = me.id;
      });
    return true;
  });
  if (adopted) await rememberSignIn(me, db);
  return adopted;
}

/** Forgets who was signed in (marker and cached account) and the rules acceptance that came with it. */
export async function forgetSignIn(db: AppDB = appDb): Promise<void> {
  removeDeviceMarker();
  await db.meta.bulkDelete(['signedInAs', 'forumRulesAcceptedAt', 'adoptSession']);
}

/**
 * The session ended without a logout (expired, password changed elsewhere or here): the account's
 * drafts are hidden until it signs in on this device again, and deleted after HIDDEN_DRAFT_DAYS.
 */
export async function hideAccountDrafts(accountId: string, db: AppDB = appDb, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.drafts, db.outbox, async () => {
    await db.drafts
      .where('accountId')
      .equals(accountId)
      .modify((draft) => {
        draft.hiddenAt ??= now.toISOString();
      });
    // Its queued posts and flags wait too: sent only when the account signs in here again.
    await db.outbox
      .filter((row) => row.accountId === accountId)
      .modify((row) => {
        row.hiddenAt ??= now.toISOString();
      });
  });
}

/**
 * Deletes drafts hidden longer than HIDDEN_DRAFT_DAYS, the outbox rows hidden with them, and forum
 * rows queued before drafts had owners that no session adopted in that time. Returns how many went.
 */
export async function purgeHiddenDrafts(db: AppDB = appDb, now: Date = new Date()): Promise<number> {
  const cutoff = now.getTime() - HIDDEN_DRAFT_DAYS * DAY_MS;
  const expired = (at: string | undefined) => !!at && Date.parse(at) <= cutoff;
  return db.transaction('rw', db.drafts, db.outbox, async () => {
    const drafts = await db.drafts.filter((draft) => expired(draft.hiddenAt)).delete();
    const rows = await db.outbox
      .filter((row) => expired(row.hiddenAt) || (row.accountId === '' && expired(row.createdAt)))
      .delete();
    return drafts + rows;
  });
}

/** What logging out would leave behind or lose: drafts of the account, and mutations not yet sent. */
export interface DeviceLeftovers {
  drafts: number;
  unsent: number;
}

function isUnsent(row: OutboxRow): boolean {
  return row.state !== 'sent' && !SILENT_KINDS.has(row.kind);
}

/** Mutations still waiting (or refused) that a person wrote: the number logout and clearing ask about. */
export async function countUnsent(db: AppDB = appDb): Promise<number> {
  return db.outbox.filter(isUnsent).count();
}

export async function countLeftovers(accountId: string | null, db: AppDB = appDb): Promise<DeviceLeftovers> {
  const drafts = accountId ? await db.drafts.where('accountId').equals(accountId).count() : 0;
  const unsent = await db.outbox.filter((row) => isUnsent(row) && belongsToSession(row, accountId)).count();
  return { drafts, unsent };
}

/**
 * After the logout (or the account's deletion): its drafts leave the device, with every outbox row a
 * person wrote (the person chose to send or discard them first), and the device forgets the account.
 */
export async function removeAccountFromDevice(accountId: string | null, db: AppDB = appDb): Promise<void> {
  await db.transaction('rw', db.drafts, db.outbox, db.meta, async () => {
    if (accountId) await db.drafts.where('accountId').equals(accountId).delete();
    // Another account's hidden rows stay for that account, like its drafts.
    await db.outbox.filter((row) => !SILENT_KINDS.has(row.kind) && belongsToSession(row, accountId)).delete();
  });
  await forgetSignIn(db);
}

/** "Discard" at logout: the session's unsent mutations leave the device without being sent. */
export async function discardUnsent(accountId: string | null, db: AppDB = appDb): Promise<number> {
  return db.outbox.filter((row) => isUnsent(row) && belongsToSession(row, accountId)).delete();
}
