import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One staff action (removal, restore, dismissal, suspension, role change, blocklist change).
 * Append-only: a trigger in the migration refuses UPDATE and DELETE on the table, and no route
 * or service changes a row once written. The actor is kept by id and alias (no foreign key, so
 * deleting an account never rewrites the log).
 */
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_at_idx', properties: ['at', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = randomUUID();

  @Property({ type: 'uuid' })
  readonly actorId: string;

  @Property({ type: 'text' })
  readonly actorAlias: string;

  @Property({ type: 'text' })
  readonly action: string;

  @Property({ type: 'text' })
  readonly targetType: string;

  @Property({ type: 'text' })
  readonly targetId: string;

  @Property({ type: 'text', nullable: true })
  readonly reason: string | null;

  @Property({ type: 'timestamptz' })
  readonly at: Date;

  constructor(fields: {
    actorId: string;
    actorAlias: string;
    action: string;
    targetType: string;
    targetId: string;
    reason: string | null;
    at?: Date;
  }) {
    this.actorId = fields.actorId;
    this.actorAlias = fields.actorAlias;
    this.action = fields.action;
    this.targetType = fields.targetType;
    this.targetId = fields.targetId;
    this.reason = fields.reason;
    this.at = fields.at ?? new Date();
  }
}
