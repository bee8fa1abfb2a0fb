import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AccountDataPart, AccountErasure, AccountExportPiece } from '../account-data/account-data.registry';
import { FieldCipher } from '../crypto/field-cipher';
import { Account } from './account.entity';
import { AccountsRepository } from './accounts.repository';
import { EMAIL_CONTEXT } from './accounts.service';

/** The account itself: the profile in the download; sessions and the account row go last. */
@Injectable()
export class AccountsAccountData implements AccountDataPart {
  readonly feature = 'accounts';
  readonly eraseOrder = 100;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly accounts: AccountsRepository,
  ) {}

  async exportFor(em: EntityManager, accountId: string): Promise<AccountExportPiece> {
    const account = await em.findOneOrFail(Account, { id: accountId });
    return {
      profile: {
        alias: account.alias,
        email: this.cipher.decrypt(account.emailSealed, EMAIL_CONTEXT),
        roles: account.roles,
        joinedAt: account.createdAt.toISOString(),
        researchConsentAt: account.researchConsentAt ? account.researchConsentAt.toISOString() : null,
      },
    };
  }

  erase({ em, accountId }: AccountErasure): Promise<void> {
    return this.accounts.deleteAccount(em, accountId);
  }
}
