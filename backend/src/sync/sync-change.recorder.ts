import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChangeOp, SyncEntity } from '@sexhandel/shared';
import { SyncRepository } from './sync.repository';

/**
 * Writes a change into the pull stream. Call it inside the same transaction as the content write
 * (`em.transactional(...)`), with the published shape devices should hold (`data`), or with
 * op 'delete' when a row is unpublished or deleted.
 */
@Injectable()
export class SyncChangeRecorder {
  constructor(private readonly sync: SyncRepository) {}

  async record(em: EntityManager, entity: SyncEntity, id: string, op: ChangeOp, data: object | null): Promise<void> {
    if (!em.getTransactionContext()) throw new Error('SyncChangeRecorder.record must run inside a transaction');
    await this.sync.recordChange(em, { entity, id, op, data: op === 'delete' ? null : JSON.stringify(data) });
  }
}
