import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { GRANTABLE_ROLES, type GrantableRole } from '@sexhandel/shared';
import { Account } from '../accounts/account.entity';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { Actor } from '../accounts/actor';
import { toAliasKey } from '../accounts/alias';
import { AuditLogService } from './audit-log.service';
import type { StaffMemberResponse } from './dto/moderation.responses';
import { moderationErrors } from './moderation-errors';

/** Staff roles: who holds which, and an admin granting or withdrawing them (audited). Never e-mail. */
@Injectable()
export class StaffService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLogService,
    private readonly accounts: AccountsRepository,
  ) {}

  async listStaff(): Promise<StaffMemberResponse[]> {
    return this.accounts.listStaff();
  }

  async setStaffRoles(actor: Actor, alias: string, roles: GrantableRole[]): Promise<StaffMemberResponse> {
    return this.em.fork().transactional(async (em) => {
      const account = await em.findOne(
        Account,
        { aliasKey: toAliasKey(alias) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!account) throw moderationErrors.notFound('No member has this alias.');
      const wanted = GRANTABLE_ROLES.filter((role) => roles.includes(role));
      if (account.id === actor.accountId && !wanted.includes('admin')) {
        throw moderationErrors.conflict('You cannot withdraw your own admin role; ask another admin.', 'own_admin');
      }
      account.roles = ['member', ...wanted];
      this.audit.appendEntry(
        em,
        actor,
        'staff.roles',
        { type: 'account', id: account.id },
        `${account.alias}: ${wanted.join(', ') || 'member only'}`,
      );
      await em.flush();
      return { alias: account.alias, roles: account.roles };
    });
  }
}
