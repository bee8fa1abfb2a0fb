import type { MutationError, MutationKind } from '@sexhandel/shared';
import { appDb, type AppDB, type AppTableName, type DraftRow, type OutboxRow } from './app-db.js';

/**
 * The device's outbox kind registry, the mirror of the server's MutationHandlerRegistry: each feature
 * registers its mutation kinds from its own data module, so the sync engine knows no feature.
 */

/** What the device does with an answered mutation of one kind. Both run inside the push transaction. */
export interface OutboxKind {
  kind: MutationKind;
  /** Tables the handlers write besides the outbox (the push transaction opens them). */
  tables: readonly AppTableName[];
  /** Applied or duplicate; the handler decides what becomes of the outbox row. Default: it leaves. */
  onApplied?(db: AppDB, row: OutboxRow, result: unknown): Promise<void>;
  /** Refused; the handler gives the person back what they wrote. Default: kept as `needs-attention`. */
  onRejected?(db: AppDB, row: OutboxRow, error: MutationError): Promise<void>;
  /**
   * Sent under the session of the account that queued it, and only then (forum kinds). Its rows carry
   * that account's id: {@link enqueue} refuses one without it.
   */
  ownedByAccount?: boolean;
}

const KINDS = new Map<MutationKind, OutboxKind>();

/** Called at the top of each feature's data module (importing the module registers its kinds). */
export function registerOutboxKinds(...kinds: OutboxKind[]): void {
  for (const kind of kinds) KINDS.set(kind.kind, kind);
}

/** The registration for `kind` (undefined: the defaults apply). */
export function outboxKind(kind: MutationKind): OutboxKind | undefined {
  return KINDS.get(kind);
}

/** Every table a registered kind writes, for the push transaction. */
export function outboxKindTables(): AppTableName[] {
  return [...new Set([...KINDS.values()].flatMap((kind) => kind.tables))];
}

/** The default for an applied mutation: the row leaves the outbox. */
export async function dropApplied(db: AppDB, row: OutboxRow): Promise<void> {
  await db.outbox.delete(row.id);
}

/** The default for a refusal: the row stays, marked for the person to see (never silently dropped). */
export async function keepForAttention(db: AppDB, row: OutboxRow, error: MutationError): Promise<void> {
  await db.outbox.update(row.id, { state: 'needs-attention', attempts: row.attempts + 1, lastError: error });
}

export interface EnqueueOptions {
  db?: AppDB;
  /** When the person pressed send (default: now). */
  createdAt?: string;
  /** The draft it was sent from, so a refusal can restore it. */
  draft?: DraftRow;
  /** The signed-in account that queues it: required for kinds owned by an account. */
  accountId?: string;
}

/**
 * Whether a row is this session's to send, list and count: rows of anonymous kinds are everyone's on
 * this device; a forum row only its account's (never the next person's after a session ended).
 */
export function belongsToSession(row: OutboxRow, accountId: string | null): boolean {
  return row.accountId === undefined || (accountId !== null && accountId !== '' && row.accountId === accountId);
}

/**
 * Puts a mutation in the outbox (the mutation id is made now); the next push sends it. Joins the
 * caller's transaction when it includes the outbox. Returns the mutation id.
 */
export async function enqueue<P>(kind: MutationKind, payload: P, options: EnqueueOptions = {}): Promise<string> {
  const db = options.db ?? appDb;
  const row: OutboxRow = {
    id: crypto.randomUUID(),
    kind,
    payload,
    createdAt: options.createdAt ?? new Date().toISOString(),
    state: 'queued',
    attempts: 0,
  };
  if (options.draft) row.draft = options.draft;
  if (KINDS.get(kind)?.ownedByAccount) {
    if (!options.accountId) throw new Error(`${kind} is sent under its account: enqueue it with the signed-in account`);
    row.accountId = options.accountId;
  }
  await db.outbox.add(row);
  return row.id;
}
