import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { MutationKind } from '@sexhandel/shared';

/**
 * Marks a device mutation as applied. Inserted in the same transaction as the mutation's effect,
 * so the primary key makes "at most once" hold across retries, tabs, nodes and crashes. The
 * result is kept sealed (it may hold a pick-up code) to answer a replay with the same result.
 */
@Entity({ tableName: 'applied_mutation' })
export class AppliedMutation {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  kind: MutationKind;

  @Property({ type: 'text', nullable: true })
  resultSealed: string | null;

  @Property({ type: 'timestamptz' })
  appliedAt: Date = new Date();

  constructor(id: string, kind: MutationKind, resultSealed: string | null) {
    this.id = id;
    this.kind = kind;
    this.resultSealed = resultSealed;
  }
}
