import type { ApiFieldError, ErrorCode } from './errors.js';
/**
 * The sync protocol between device and server (see DESIGN.md).
 * Pull: published content as an ordered change log. Push: device-made mutations, applied at most once.
 */

/** Entities whose published rows reach devices through pull. */
export const SYNC_ENTITIES = [
  'page',
  'article',
  'resource',
  'newsLink',
  'forumRule',
  'phoneHours',
  'pressMention',
  'qa',
  'startPage',
  'survey',
] as const;
export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export type ChangeOp = 'upsert' | 'delete';

/** One change in the pull stream. `data` is present for upserts and null for deletes. */
export interface SyncChange<T = unknown> {
  seq: number;
  entity: SyncEntity;
  op: ChangeOp;
  id: string;
  data: T | null;
}

export interface PullResponse {
  changes: SyncChange[];
  /** Opaque cursor to send with the next pull; stays the same when there is nothing new. */
  cursor: string;
  hasMore: boolean;
}

/** Mutation kinds the server knows. Later modules add their kinds here and register a handler. */
export const MUTATION_KINDS = [
  'visit.record',
  'thread.create',
  'post.create',
  'flag.create',
  'contact.create',
  'contact.reply',
  'survey.submit',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation<P = unknown> {
  /** UUID made on the device when the person pressed send. */
  id: string;
  kind: MutationKind;
  payload: P;
  /** ISO time the device made the mutation. */
  createdAt: string;
}

export interface PushRequest {
  mutations: Mutation[];
}

export type MutationStatus = 'applied' | 'duplicate' | 'rejected';

export interface MutationError {
  /** A code on the shared list (errors.ts), e.g. `validation`, `unknown_kind`, `suspended`. */
  code: ErrorCode;
  /** A sentence for developers (English); the device shows its own text for `code`. */
  message: string;
  /** On `validation`: each field that was not accepted, e.g. `payload.body`. */
  fields?: ApiFieldError[];
}

export interface MutationResult {
  id: string;
  status: MutationStatus;
  result?: unknown;
  error?: MutationError;
}

export interface PushResponse {
  results: MutationResult[];
}

/** Payload of `visit.record`: one per device per day, counts only. */
export interface VisitRecordPayload {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  /** Campaign short code the visit came through, if any. */
  campaign?: string;
  /** True when the app runs installed (display-mode standalone). */
  installed?: boolean;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
