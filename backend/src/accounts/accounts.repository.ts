import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Role } from '@sexhandel/shared';
import { sqlIn } from '../common/sql';

export interface SessionRow {
  id: string;
  expires_at: Date | string;
  account_id: string;
  alias: string;
  roles: string[];
}

/**
 * The accounts feature's SQL, the only place that names its tables (account, session,
 * password_reset). Other features read an alias through the view `member_alias`.
 */
@Injectable()
export class AccountsRepository {
  constructor(private readonly em: EntityManager) {}

  /** A session by its token's hash, with what a request's actor needs of its account (every signed-in request). */
  async findSession(tokenHash: string): Promise<SessionRow | undefined> {
    const [row] = await sqlIn<SessionRow>(
      this.em,
      `select s.id, s.expires_at, a.id as account_id, a.alias, a.roles
       from session s join account a on a.id = s.account_id where s.token_hash = ?`,
      [tokenHash],
    );
    return row;
  }

  /** Accounts holding a staff role, by alias. */
  listStaff(): Promise<Array<{ alias: string; roles: Role[] }>> {
    return sqlIn(
      this.em,
      `select alias, roles from account where roles && array['moderator', 'counsellor', 'editor', 'admin']::text[] order by alias_key`,
    );
  }

  /** Accounts without a staff role (the members the activity statistics count), with their alias. */
  listMembersWithoutStaffRole(): Promise<Array<{ id: string; alias: string }>> {
    return sqlIn(
      this.em,
      `select id, alias from account where not (roles && array['moderator', 'counsellor', 'editor', 'admin']::text[])`,
    );
  }

  /** Takes a live reset link and checks it in one statement: of two uses at once, one wins. */
  async takeResetLink(em: EntityManager, tokenHash: string, now: Date): Promise<string | null> {
    const taken = await sqlIn<{ account_id: string }>(
      em,
      'delete from password_reset where token_hash = ? and expires_at > ? returning account_id',
      [tokenHash, now],
    );
    return taken[0]?.account_id ?? null;
  }

  /** Account ids by alias key, for the aliases that belong to an account. */
  async findIdsByAliasKeys(
    aliasKeys: string[],
    em: EntityManager = this.em,
  ): Promise<Array<{ id: string; alias_key: string }>> {
    if (aliasKeys.length === 0) return [];
    return sqlIn(em, 'select id, alias_key from account where alias_key in (?)', [aliasKeys]);
  }

  /** Accounts that agreed their published posts may go into the research export. */
  async listResearchConsenting(em: EntityManager = this.em): Promise<string[]> {
    const rows = await sqlIn<{ id: string }>(em, 'select id from account where research_consent_at is not null');
    return rows.map((row) => row.id);
  }

  /** Sessions and the account row go; links that point at it are set null or cascade by their keys. */
  async deleteAccount(em: EntityManager, accountId: string): Promise<void> {
    await sqlIn(em, 'delete from session where account_id = ?', [accountId]);
    await sqlIn(em, 'delete from account where id = ?', [accountId]);
  }
}
