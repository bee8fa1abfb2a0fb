import type { EntityManager } from '@mikro-orm/postgresql';
import type { ErrorCode, MutationKind } from '@sexhandel/shared';
import type { Actor } from '../accounts/actor';

export interface MutationContext {
  /** The transaction the mutation's effect must be written in (it also holds the applied mark). */
  em: EntityManager;
  actor: Actor | null;
  mutationId: string;
  /** When the device made the mutation (the person pressed send). */
  createdAt: Date;
  /**
   * A read shared by the mutations of one push: the first to ask runs `read`, the others get its
   * answer. The batch is one transaction; what it read once holds for all of it (a gate's lookup).
   */
  batchOnce<T>(key: string, read: () => Promise<T>): Promise<T>;
}

/**
 * Applies one kind of device mutation. Feature modules register theirs with
 * MutationHandlerRegistry; the push service validates the payload against `payloadType`
 * (class-validator, unknown fields refused) before calling `apply`.
 */
export interface MutationHandler<P extends object = object, R = unknown> {
  readonly kind: MutationKind;
  readonly payloadType: new () => P;
  /** 'account': needs a signed-in member; 'anyone': works without a session. */
  readonly access: 'anyone' | 'account';
  apply(context: MutationContext, payload: P): Promise<R>;
}

/**
 * A check every mutation of an 'account' handler passes before `apply`, in the same transaction
 * (moderation: suspended members). Refuses by throwing MutationRejection.
 */
export type MutationGate = (context: MutationContext, kind: MutationKind) => Promise<void>;

/**
 * Thrown by a handler to refuse a mutation; nothing of it is written. `afterRollback` runs once the
 * mutation's transaction is rolled back, before the answer (a wrong pick-up code still counts).
 */
export class MutationRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly afterRollback?: () => Promise<void>,
  ) {
    super(message);
  }
}
