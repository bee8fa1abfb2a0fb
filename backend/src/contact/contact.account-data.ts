import { Injectable } from '@nestjs/common';
import type { AccountDataPart, AccountErasure } from '../account-data/account-data.registry';
import { ContactRepository } from './contact.repository';

/**
 * Counselling holds nothing of a member's own (conversations are anonymous: no account), so it
 * adds nothing to the download. A counsellor's or editor's answers, notes and Q&A drafts stay for
 * the person who asked, without the staff account behind them.
 */
@Injectable()
export class ContactAccountData implements AccountDataPart {
  readonly feature = 'contact';
  readonly eraseOrder = 50;

  constructor(private readonly contact: ContactRepository) {}

  erase({ em, accountId }: AccountErasure): Promise<void> {
    return this.contact.forgetStaffMember(em, accountId);
  }
}
