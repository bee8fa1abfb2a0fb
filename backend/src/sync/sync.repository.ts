import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ChangeOp, SyncEntity } from '@sexhandel/shared';
import { sqlIn, sqlStatements } from '../common/sql';

// Any constant works; it only has to be the same for every writer of sync_change.
const SYNC_WRITE_LOCK = 724_311_001;

export interface SyncChangeRow {
  seq: string;
  entity: SyncEntity;
  entity_id: string;
  op: ChangeOp;
  data: object | null;
}

/** The sync feature's SQL, the only place that names sync_change and applied_mutation. */
@Injectable()
export class SyncRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Counts up before and after each change this process writes (committed or not). On the embedded
   * database this process is the only writer, which lets the response cache skip the sequence read
   * while this stays where it was (see ResponseCache).
   */
  get changeWrites(): number {
    return this.writes;
  }

  private writes = 0;

  /** Runs `write` counted as a change write (see changeWrites), before and after, whether it commits or not. */
  async countedAsChangeWrite<T>(write: () => Promise<T>): Promise<T> {
    this.writes += 1;
    try {
      return await write();
    } finally {
      this.writes += 1;
    }
  }

  /** Replaces the row's change in the pull stream; serialised with every other writer until commit. */
  recordChange(
    em: EntityManager,
    change: { entity: SyncEntity; id: string; op: ChangeOp; data: string | null },
  ): Promise<void> {
    return this.countedAsChangeWrite(async () => {
      // Serialises writers until commit, so seqs become visible in the order they were taken.
      await sqlIn(em, 'select pg_advisory_xact_lock(?)', [SYNC_WRITE_LOCK]);
      await sqlIn(em, 'delete from sync_change where entity = ? and entity_id = ?', [change.entity, change.id]);
      await sqlIn(em, 'insert into sync_change (entity, entity_id, op, data, changed_at) values (?, ?, ?, ?, now())', [
        change.entity,
        change.id,
        change.op,
        change.data,
      ]);
    });
  }

  /** Changes after `cursor`, oldest first: an index seek on the primary key. */
  listChangesAfter(cursor: string, limit: number): Promise<SyncChangeRow[]> {
    return sqlIn<SyncChangeRow>(
      this.em,
      'select seq, entity, entity_id, op, data from sync_change where seq > ? order by seq limit ?',
      [cursor, limit],
    );
  }

  /** Each mutation of a push runs under this savepoint of the batch's transaction. */
  /**
   * The savepoint of a batch's next mutation. After the first, the previous mutation's savepoint is
   * released in the same round trip (one round trip on PostgreSQL).
   */
  async savepoint(em: EntityManager, releasePrevious = false): Promise<void> {
    await sqlStatements(
      em,
      releasePrevious ? ['release savepoint mutation', 'savepoint mutation'] : ['savepoint mutation'],
    );
  }

  async rollbackToSavepoint(em: EntityManager): Promise<void> {
    await sqlIn(em, 'rollback to savepoint mutation');
  }

  /** Claims the mutation id; false when another push already claimed it. */
  async claimMutation(em: EntityManager, id: string, kind: string): Promise<boolean> {
    const claimed = await sqlIn<{ id: string }>(
      em,
      `insert into applied_mutation (id, kind, result_sealed, applied_at) values (?, ?, null, now())
         on conflict (id) do nothing returning id`,
      [id, kind],
    );
    return claimed.length > 0;
  }

  /** The sealed results of a batch's applied mutations, in one statement at the batch's end. */
  async storeMutationResults(em: EntityManager, results: ReadonlyMap<string, string>): Promise<void> {
    if (results.size === 0) return;
    const rows = [...results].map(([id, sealed]) => ({ id, sealed }));
    await sqlIn(
      em,
      `update applied_mutation m set result_sealed = r.sealed
       from jsonb_to_recordset(?::jsonb) as r(id uuid, sealed text) where m.id = r.id`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * The applied mutation's sealed result (null when it had none), or undefined when never applied.
   * Read in the push's transaction: it must see a claim made earlier in the same batch.
   */
  async findAppliedResult(em: EntityManager, id: string): Promise<{ result_sealed: string | null } | undefined> {
    const [row] = await sqlIn<{ result_sealed: string | null }>(
      em,
      'select result_sealed from applied_mutation where id = ?',
      [id],
    );
    return row;
  }

  // ---- Published reads for server-rendered pages: the current rows exactly as devices get them ----

  /**
   * The newest change's seq ('0' when none): changes whenever anything published changes. One index
   * seek, read before every cached public read (response-cache/): one statement on its own, outside
   * any transaction, so no entity manager is forked for it.
   */
  async currentSeq(): Promise<string> {
    const [row] = await this.em
      .getConnection()
      .execute<{ seq: string | null }[]>('select max(seq) as seq from sync_change');
    return String(row?.seq ?? '0');
  }

  /** Every published (not deleted) row of one entity. */
  listPublished(entity: SyncEntity): Promise<SyncChangeRow[]> {
    return sqlIn<SyncChangeRow>(
      this.em.fork(),
      `select seq, entity, entity_id, op, data from sync_change where entity = ? and op = 'upsert'`,
      [entity],
    );
  }

  /** The published row of `entity` whose data field `field` equals `value`. */
  async findPublished(entity: SyncEntity, field: 'slug' | 'id', value: string): Promise<SyncChangeRow | undefined> {
    const [row] = await sqlIn<SyncChangeRow>(
      this.em.fork(),
      `select seq, entity, entity_id, op, data from sync_change
        where entity = ? and op = 'upsert' and data ->> '${field}' = ? limit 1`,
      [entity, value],
    );
    return row;
  }

  /** Every tag of the published articles, once each (the article list's topic filter). */
  async publishedArticleTags(): Promise<string[]> {
    const rows = await sqlIn<{ tag: string }>(
      this.em.fork(),
      `select distinct jsonb_array_elements_text(data -> 'tags') as tag from sync_change
        where entity = 'article' and op = 'upsert' and jsonb_typeof(data -> 'tags') = 'array'`,
      [],
    );
    return rows.map((row) => row.tag);
  }

  /** One page of published rows ordered by a data field (newest first), with the total. */
  async pagePublished(
    entity: SyncEntity,
    orderField: 'publishedAt' | 'date',
    limit: number,
    offset: number,
    tag: string | null = null,
  ): Promise<{ rows: SyncChangeRow[]; total: number }> {
    const em = this.em.fork();
    // Only rows whose `tags` array holds this tag, when one is given.
    const tagged = tag === null ? '' : ` and data -> 'tags' @> jsonb_build_array(?::text)`;
    const tagParams = tag === null ? [] : [tag];
    const [count] = await sqlIn<{ total: string }>(
      em,
      `select count(*) as total from sync_change where entity = ? and op = 'upsert'${tagged}`,
      [entity, ...tagParams],
    );
    const rows = await sqlIn<SyncChangeRow>(
      em,
      `select seq, entity, entity_id, op, data from sync_change where entity = ? and op = 'upsert'${tagged}
        order by data ->> '${orderField}' desc, entity_id limit ? offset ?`,
      [entity, ...tagParams, limit, offset],
    );
    return { rows, total: Number(count?.total ?? 0) };
  }
}
