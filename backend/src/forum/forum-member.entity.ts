import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity';

/** Forum standing of an account, kept beside (not in) the account table. */
@Entity({ tableName: 'forum_member' })
export class ForumMember {
  @OneToOne(() => Account, { primary: true, deleteRule: 'cascade', owner: true, fieldName: 'account_id' })
  account: Account;

  /** When the member read and accepted the six forum rules; posting waits for it. */
  @Property({ type: 'timestamptz', nullable: true })
  rulesAcceptedAt: Date | null = null;

  constructor(account: Account) {
    this.account = account;
  }
}
