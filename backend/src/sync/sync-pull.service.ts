import { Injectable } from '@nestjs/common';
import { LIMITS, type PullResponse } from '@sexhandel/shared';
import { SyncRepository } from './sync.repository';

@Injectable()
export class SyncPullService {
  constructor(private readonly sync: SyncRepository) {}

  /**
   * Changes after `cursor`, oldest first. An index seek on the primary key: the cost of an
   * up-to-date pull does not grow with the archive.
   */
  async pullChanges(cursor = '0', limit: number = LIMITS.pullLimitDefault): Promise<PullResponse> {
    const rows = await this.sync.listChangesAfter(cursor, limit + 1);
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
