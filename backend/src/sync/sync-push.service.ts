import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { UUID_PATTERN, type MutationResult, type PushResponse } from '@sexhandel/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Actor } from '../accounts/actor';
import { validationMessages } from '../common/validation-error';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationRejection, type MutationHandler } from './mutation-handler';
import { MutationHandlerRegistry } from './mutation-handler.registry';

const RESULT_CONTEXT = 'applied_mutation.result';

class AlreadyApplied extends Error {}

interface Envelope {
  id: string;
  handler: MutationHandler;
  payload: object;
  createdAt: Date;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(id: string | null, code: string, message: string): MutationResult {
  return { id: id as string, status: 'rejected', error: { code, message } };
}

@Injectable()
export class SyncPushService {
  private readonly logger = new Logger(SyncPushService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly registry: MutationHandlerRegistry,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Applies each mutation at most once, in order. A refused mutation is answered `rejected` and
   * writes nothing; the others still apply. An unexpected failure (database down) aborts the
   * request: the device keeps everything not yet acknowledged and retries.
   */
  async pushMutations(mutations: unknown[], actor: Actor | null): Promise<PushResponse> {
    const results: MutationResult[] = [];
    for (const raw of mutations) {
      const checked = await this.checkEnvelope(raw, actor);
      results.push('status' in checked ? checked : await this.applyMutation(checked, actor));
    }
    return { results };
  }

  private async checkEnvelope(raw: unknown, actor: Actor | null): Promise<Envelope | MutationResult> {
    if (!isPlainObject(raw)) return rejected(null, 'validation', 'Each mutation must be an object');
    const id = typeof raw.id === 'string' ? raw.id : null;
    if (id === null) return rejected(null, 'validation', 'The mutation has no id');
    if (!UUID_PATTERN.test(id)) return rejected(id, 'validation', 'The mutation id must be a UUID');
    const unknownFields = Object.keys(raw).filter((key) => !['id', 'kind', 'payload', 'createdAt'].includes(key));
    if (unknownFields.length > 0) return rejected(id, 'validation', `Unknown field(s): ${unknownFields.join(', ')}`);
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
    if (errors.length > 0) return rejected(id, 'validation', validationMessages(errors).join('; '));
    return { id, handler, payload, createdAt };
  }

  private async applyMutation(envelope: Envelope, actor: Actor | null): Promise<MutationResult> {
    const { id, handler } = envelope;
    const earlier = await this.findApplied(id);
    if (earlier) return earlier;
    try {
      const result = await this.em.fork().transactional(async (em) => {
        const claimed = await em
          .getConnection()
          .execute(
            `insert into applied_mutation (id, kind, result_sealed, applied_at) values (?, ?, null, now())
             on conflict (id) do nothing returning id`,
            [id, handler.kind],
            'all',
            em.getTransactionContext(),
          );
        if (claimed.length === 0) throw new AlreadyApplied();
        const context = { em, actor, mutationId: id, createdAt: envelope.createdAt };
        for (const gate of this.registry.gatesFor(handler)) await gate(context, handler.kind);
        const result = await handler.apply(context, envelope.payload);
        const sealed = result === undefined ? null : this.cipher.encrypt(JSON.stringify(result), RESULT_CONTEXT);
        await em
          .getConnection()
          .execute('update applied_mutation set result_sealed = ? where id = ?', [sealed, id], 'run', em.getTransactionContext());
        return result;
      });
      return result === undefined ? { id, status: 'applied' } : { id, status: 'applied', result };
    } catch (error) {
      if (error instanceof AlreadyApplied) {
        const applied = await this.findApplied(id);
        if (applied) return applied;
      }
      if (error instanceof MutationRejection) return rejected(id, error.code, error.message);
      this.logger.error(`Mutation ${handler.kind} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  private async findApplied(id: string): Promise<MutationResult | null> {
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<{ result_sealed: string | null }[]>('select result_sealed from applied_mutation where id = ?', [id]);
    if (rows.length === 0) return null;
    const sealed = rows[0].result_sealed;
    if (sealed === null) return { id, status: 'duplicate' };
    return { id, status: 'duplicate', result: JSON.parse(this.cipher.decrypt(sealed, RESULT_CONTEXT)) as unknown };
  }
}
