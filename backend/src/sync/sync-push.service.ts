import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  UUID_PATTERN,
  type ApiFieldError,
  type ErrorCode,
  type MutationResult,
  type PushResponse,
} from '@sexhandel/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Actor } from '../accounts/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { validationFields, validationMessages } from '../common/validation-error';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationRejection, type MutationContext, type MutationHandler } from './mutation-handler';
import { MutationHandlerRegistry } from './mutation-handler.registry';
import { SyncRepository } from './sync.repository';

const RESULT_CONTEXT = 'applied_mutation.result';

class AlreadyApplied extends Error {}

/** A refusal's follow-up (a wrong pick-up code still counts), run once the batch's transaction has ended. */
type AfterRollback = () => Promise<void>;

/** One push's transaction and what its mutations leave for the end of it. */
interface Batch {
  em: EntityManager;
  actor: Actor | null;
  afterRollbacks: AfterRollback[];
  /** Sealed results of the mutations applied so far, stored together before the commit. */
  sealedResults: Map<string, string>;
  savepoints: number;
  /** Reads shared by the batch's mutations (MutationContext.batchOnce). */
  reads: Map<string, Promise<unknown>>;
}

interface Envelope {
  id: string;
  handler: MutationHandler;
  payload: object;
  createdAt: Date;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(id: string | null, code: ErrorCode, message: string, fields?: ApiFieldError[]): MutationResult {
  return { id: id as string, status: 'rejected', error: fields ? { code, message, fields } : { code, message } };
}

@Injectable()
export class SyncPushService {
  private readonly logger = new Logger(SyncPushService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly registry: MutationHandlerRegistry,
    private readonly cipher: FieldCipher,
    private readonly sync: SyncRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Applies each mutation at most once, in order, in one transaction with a savepoint per
   * mutation. A rule's refusal rolls back to its savepoint and is answered `rejected`; the others
   * still apply. Anything else (deadlock, lost connection) fails the whole batch, so nothing of it
   * is kept and the device sends it again. `PUSH_TIME_BUDGET_MS` after the first mutation no
   * further one starts: those are left unanswered and the device sends them at once.
   */
  async pushMutations(mutations: unknown[], actor: Actor | null): Promise<PushResponse> {
    const checked: (Envelope | MutationResult)[] = [];
    for (const raw of mutations) checked.push(await this.checkEnvelope(raw, actor));
    const envelopes = checked.filter((item): item is Envelope => !('status' in item));
    const answers = envelopes.length > 0 ? await this.applyBatch(envelopes, actor) : [];
    const results: MutationResult[] = [];
    let next = 0;
    for (const item of checked) {
      if ('status' in item) results.push(item);
      else {
        const answer = answers[next++];
        if (answer) results.push(answer);
      }
    }
    return { results };
  }

  /** The answers of the first envelopes, in order: all of them unless the time budget ran out. */
  private async applyBatch(envelopes: Envelope[], actor: Actor | null): Promise<MutationResult[]> {
    const answers: MutationResult[] = [];
    const afterRollbacks: AfterRollback[] = [];
    try {
      await this.em.fork().transactional(async (em) => {
        const batch: Batch = { em, actor, afterRollbacks, sealedResults: new Map(), savepoints: 0, reads: new Map() };
        // The first mutation always runs, however long it waits for a lock another batch holds;
        // the budget counts from its end, when this batch holds what the rest mostly need too.
        let deadline = Infinity;
        for (const envelope of envelopes) {
          if (Date.now() >= deadline) break;
          answers.push(await this.applyMutation(batch, envelope));
          em.clear();
          if (answers.length === 1) deadline = Date.now() + this.config.pushTimeBudgetMs;
        }
        // Each claim stored "no result"; the results follow in one statement of the same transaction.
        await this.sync.storeMutationResults(em, batch.sealedResults);
      });
    } finally {
      for (const followUp of afterRollbacks) {
        await followUp().catch((error: unknown) =>
          this.logger.error(`After a refusal: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    }
    return answers;
  }

  private async checkEnvelope(raw: unknown, actor: Actor | null): Promise<Envelope | MutationResult> {
    if (!isPlainObject(raw)) return rejected(null, 'validation', 'Each mutation must be an object');
    const id = typeof raw.id === 'string' ? raw.id : null;
    if (id === null) return rejected(null, 'validation', 'The mutation has no id');
    if (!UUID_PATTERN.test(id)) return rejected(id, 'validation', 'The mutation id must be a UUID');
    const unknownFields = Object.keys(raw).filter((key) => !['id', 'kind', 'payload', 'createdAt'].includes(key));
    if (unknownFields.length > 0) {
      const fields = unknownFields
        .slice(0, 20)
        .map((field) => ({ field: field.slice(0, 40), code: 'unknown_field' as const }));
      return rejected(id, 'validation', `Unknown field(s): ${unknownFields.join(', ')}`, fields);
    }
    const handler = typeof raw.kind === 'string' ? this.registry.get(raw.kind) : undefined;
    if (!handler) return rejected(id, 'unknown_kind', `Unknown mutation kind: ${String(raw.kind).slice(0, 40)}`);
    const createdAt = typeof raw.createdAt === 'string' ? new Date(raw.createdAt) : new Date(NaN);
    if (Number.isNaN(createdAt.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(raw.createdAt))) {
      return rejected(id, 'validation', 'createdAt must be an ISO date-time');
    }
    if (handler.access === 'account' && !actor) {
      return rejected(id, 'unauthenticated', 'Log in to send this');
    }
    if (!isPlainObject(raw.payload)) return rejected(id, 'validation', 'payload must be an object');
    const payload = plainToInstance(handler.payloadType, raw.payload, { exposeDefaultValues: true });
    const errors = await validate(payload, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      return rejected(id, 'validation', validationMessages(errors).join('; '), validationFields(errors, 'payload'));
    }
    return { id, handler, payload, createdAt };
  }

  /**
   * One mutation under its own savepoint of the batch's transaction (plain SQL savepoints: the
   * ORM's nested transactions would fork and merge an entity manager for every mutation).
   */
  private async applyMutation(batch: Batch, envelope: Envelope): Promise<MutationResult> {
    const { id, handler } = envelope;
    const { em, actor } = batch;
    await this.sync.savepoint(em, batch.savepoints++ > 0);
    try {
      if (!(await this.sync.claimMutation(em, id, handler.kind))) throw new AlreadyApplied();
      const context: MutationContext = {
        em,
        actor,
        mutationId: id,
        createdAt: envelope.createdAt,
        batchOnce: <T>(key: string, read: () => Promise<T>): Promise<T> => {
          if (!batch.reads.has(key)) batch.reads.set(key, read());
          return batch.reads.get(key) as Promise<T>;
        },
      };
      for (const gate of this.registry.gatesFor(handler)) await gate(context, handler.kind);
      const result = await handler.apply(context, envelope.payload);
      await em.flush();
      if (result !== undefined) {
        batch.sealedResults.set(id, this.cipher.encrypt(JSON.stringify(result), RESULT_CONTEXT));
      }
      return result === undefined ? { id, status: 'applied' } : { id, status: 'applied', result };
    } catch (error) {
      if (!(error instanceof AlreadyApplied || error instanceof MutationRejection)) throw error;
      await this.sync.rollbackToSavepoint(em);
      // Entities the refused mutation loaded or made are gone from the database: forget them too.
      em.clear();
      if (error instanceof AlreadyApplied) return this.earlierAnswer(batch, id);
      if (error.afterRollback) batch.afterRollbacks.push(error.afterRollback);
      return rejected(id, error.code, error.message);
    }
  }

  /** The answer of a mutation applied before: by an earlier push, or earlier in this batch (the same id twice). */
  private async earlierAnswer(batch: Batch, id: string): Promise<MutationResult> {
    const sealed =
      batch.sealedResults.get(id) ?? (await this.sync.findAppliedResult(batch.em, id))?.result_sealed ?? null;
    if (sealed === null) return { id, status: 'duplicate' };
    return { id, status: 'duplicate', result: JSON.parse(this.cipher.decrypt(sealed, RESULT_CONTEXT)) as unknown };
  }
}
