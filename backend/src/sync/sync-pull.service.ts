import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS, type ChangeOp, type PullResponse, type SyncEntity } from '@sexhandel/shared';

interface SyncChangeRow {
  seq: string;
  entity: SyncEntity;
  entity_id: string;
  op: ChangeOp;
  data: object | null;
}

@Injectable()
export class SyncPullService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Changes after `cursor`, oldest first. An index seek on the primary key: the cost of an
   * up-to-date pull does not grow with the archive.
   */
  async pullChanges(cursor = '0', limit: number = LIMITS.pullLimitDefault): Promise<PullResponse> {
    const rows = await this.em
      .getConnection()
      .execute<SyncChangeRow[]>(
        'select seq, entity, entity_id, op, data from sync_change where seq > ? order by seq limit ?',
        [cursor, limit + 1],
      );
    const page = rows.slice(0, limit);
    return {
      changes: page.map((row) => ({
        seq: Number(row.seq),
        entity: row.entity,
        op: row.op,
        id: row.entity_id,
        data: row.data,
      })),
      cursor: page.length > 0 ? String(page[page.length - 1].seq) : cursor,
      hasMore: rows.length > limit,
    };
  }
}
