import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChangeOp, SyncEntity } from '@sexhandel/shared';

// Any constant works; it only has to be the same for every writer of sync_change.
const SYNC_WRITE_LOCK = 724_311_001;

/**
 * Writes a change into the pull stream. Call it inside the same transaction as the content write
 * (`em.transactional(...)`), with the published shape devices should hold (`data`), or with
 * op 'delete' when a row is unpublished or deleted.
 */
@Injectable()
export class SyncChangeRecorder {
  async record(em: EntityManager, entity: SyncEntity, id: string, op: ChangeOp, data: object | null): Promise<void> {
    const connection = em.getConnection();
    const ctx = em.getTransactionContext();
    if (!ctx) throw new Error('SyncChangeRecorder.record must run inside a transaction');
    // Serialises writers until commit, so seqs become visible in the order they were taken.
    await connection.execute('select pg_advisory_xact_lock(?)', [SYNC_WRITE_LOCK], 'all', ctx);
    await connection.execute('delete from sync_change where entity = ? and entity_id = ?', [entity, id], 'run', ctx);
    await connection.execute(
      'insert into sync_change (entity, entity_id, op, data, changed_at) values (?, ?, ?, ?, now())',
      [entity, id, op, op === 'delete' ? null : JSON.stringify(data)],
      'run',
      ctx,
    );
  }
}
