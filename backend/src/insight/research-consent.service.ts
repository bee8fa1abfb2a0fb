import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Account } from '../accounts/account.entity';
import type { Actor } from '../accounts/actor';
import { authErrors } from '../accounts/auth-errors';
import type { ResearchConsentResponse } from './dto/insight.responses';

/** Research consent lives on the account: given at a time, or null. The export reads it when it runs. */
@Injectable()
export class ResearchConsentService {
  constructor(private readonly em: EntityManager) {}

  async getConsent(actor: Actor): Promise<ResearchConsentResponse> {
    const account = await this.em.fork().findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    return toConsentResponse(account);
  }

  /** Giving consent again keeps the first time it was given; withdrawing clears it. */
  async setConsent(actor: Actor, consent: boolean): Promise<ResearchConsentResponse> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw authErrors.unauthenticated();
    if (!consent) account.researchConsentAt = null;
    else if (!account.researchConsentAt) account.researchConsentAt = new Date();
    await em.flush();
    return toConsentResponse(account);
  }
}

function toConsentResponse(account: Account): ResearchConsentResponse {
  return { consent: account.researchConsentAt !== null, givenAt: account.researchConsentAt?.toISOString() ?? null };
}
