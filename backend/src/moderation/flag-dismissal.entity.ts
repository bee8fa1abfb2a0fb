import { Entity, OneToOne, Property } from '@mikro-orm/core';
import { Flag } from '../forum/flag.entity';

/** A flag a moderator looked at and dismissed; kept so the member cannot flag the same post again. */
@Entity({ tableName: 'flag_dismissal' })
export class FlagDismissal {
  @OneToOne(() => Flag, { primary: true, owner: true, deleteRule: 'cascade', fieldName: 'flag_id' })
  flag: Flag;

  @Property({ type: 'uuid' })
  moderatorId: string;

  @Property({ type: 'timestamptz' })
  dismissedAt: Date;

  constructor(flag: Flag, moderatorId: string, dismissedAt: Date) {
    this.flag = flag;
    this.moderatorId = moderatorId;
    this.dismissedAt = dismissedAt;
  }
}
