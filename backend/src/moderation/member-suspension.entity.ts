import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';

/** A member may not send threads, posts or flags until `until`. Lifting deletes the row. */
@Entity({ tableName: 'member_suspension' })
export class MemberSuspension {
  @OneToOne(() => Account, { primary: true, owner: true, deleteRule: 'cascade', fieldName: 'account_id' })
  account: Account;

  @Property({ type: 'timestamptz' })
  until: Date;

  @Property({ type: 'text' })
  reason: string;

  @Property({ type: 'uuid' })
  moderatorId: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date;

  constructor(fields: { account: Account; until: Date; reason: string; moderatorId: string; createdAt: Date }) {
    this.account = fields.account;
    this.until = fields.until;
    this.reason = fields.reason;
    this.moderatorId = fields.moderatorId;
    this.createdAt = fields.createdAt;
  }
}
