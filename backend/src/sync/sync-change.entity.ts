import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ChangeOp, SyncEntity } from '@sexhandel/shared';

/**
 * The pull stream. One row per published thing: a new change for an entity replaces its older
 * row, so a cold pull returns the current state and deletions stay as tombstones. `seq` grows
 * with every change; writers take a transaction-level advisory lock so seqs commit in order and
 * a puller can never step over a change that commits late.
 */
@Entity({ tableName: 'sync_change' })
@Unique({ properties: ['entity', 'entityId'] })
export class SyncChange {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Property({ type: 'text' })
  entity: SyncEntity;

  @Property({ type: 'uuid' })
  entityId: string;

  @Property({ type: 'text' })
  op: ChangeOp;

  @Property({ type: 'jsonb', nullable: true })
  data: object | null;

  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();

  constructor(entity: SyncEntity, entityId: string, op: ChangeOp, data: object | null) {
    this.entity = entity;
    this.entityId = entityId;
    this.op = op;
    this.data = data;
  }
}
