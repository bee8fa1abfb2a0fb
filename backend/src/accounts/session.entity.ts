import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Account } from './account.entity';

/**
 * A signed-in browser. Only the SHA-256 of the cookie token is stored, so a database dump
 * cannot be replayed as a session. No IP address or user agent, on purpose.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  tokenHash: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account: Account;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  constructor(tokenHash: string, account: Account, expiresAt: Date) {
    this.tokenHash = tokenHash;
    this.account = account;
    this.expiresAt = expiresAt;
  }
}
