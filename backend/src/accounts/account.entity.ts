import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@sexhandel/shared';

/**
 * A member or staff account. The alias is public; the e-mail address is only kept sealed
 * (AES-256-GCM) with a keyed blind index for uniqueness, so the table never holds it in clear.
 */
@Entity({ tableName: 'account' })
export class Account {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** As the person typed it; shown next to their posts. */
  @Property({ type: 'text' })
  alias: string;

  /** Lower-cased alias: makes aliases unique ignoring case. */
  @Property({ type: 'text', unique: true })
  aliasKey: string;

  @Property({ type: 'text' })
  emailSealed: string;

  @Property({ type: 'text', unique: true })
  emailIndex: string;

  @Property({ type: 'text' })
  passwordHash: string;

  /** Always holds 'member'; staff accounts add their staff roles. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  roles: Role[];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** When the member agreed that their published posts may go into the research export; null = no. */
  @Property({ type: 'timestamptz', nullable: true })
  researchConsentAt: Date | null = null;

  constructor(fields: {
    alias: string;
    aliasKey: string;
    emailSealed: string;
    emailIndex: string;
    passwordHash: string;
    roles: Role[];
  }) {
    this.alias = fields.alias;
    this.aliasKey = fields.aliasKey;
    this.emailSealed = fields.emailSealed;
    this.emailIndex = fields.emailIndex;
    this.passwordHash = fields.passwordHash;
    this.roles = fields.roles;
  }
}
