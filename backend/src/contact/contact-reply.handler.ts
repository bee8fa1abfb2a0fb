import { Injectable } from '@nestjs/common';
import type { ContactReplyResult } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { contactErrors } from './contact-errors';
import { ContactMessage } from './contact-message.entity';
import { ContactRateLimiter } from './contact-rate-limiter';
import { SEAL } from './contact-sealing';
import { ContactReplyPayloadDto } from './dto/contact-payloads.dto';
import { PickupCodes } from './pickup-codes';

/**
 * `contact.reply`: the person writes again in the conversation their code opens. A wrong code and
 * a deleted conversation get the same answer; wrong codes count against the client's rate limit.
 */
@Injectable()
export class ContactReplyHandler implements MutationHandler<ContactReplyPayloadDto, ContactReplyResult> {
  readonly kind = 'contact.reply' as const;
  readonly payloadType = ContactReplyPayloadDto;
  readonly access = 'anyone' as const;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly codes: PickupCodes,
    private readonly limiter: ContactRateLimiter,
  ) {}

  async apply({ em }: MutationContext, payload: ContactReplyPayloadDto): Promise<ContactReplyResult> {
    const client = this.limiter.currentClientKey();
    if (await this.limiter.isBlocked(client, em)) {
      throw new MutationRejection('rate_limited', contactErrors.RATE_LIMITED_MESSAGE);
    }
    const conversation = await this.codes.findConversation(em, payload.code);
    if (!conversation) {
      // Counted once this transaction is rolled back, so the refusal does not undo the count.
      throw new MutationRejection('conversation_not_found', contactErrors.NOT_FOUND_MESSAGE, () =>
        this.limiter.recordFailure(client),
      );
    }
    if (conversation.status === 'closed') {
      throw new MutationRejection(
        'conversation_closed',
        'This conversation has been closed. If you want to write again, start a new message.',
      );
    }
    const now = conversation.nextMessageTime();
    if (conversation.status === 'answered') conversation.status = 'waiting';
    conversation.lastMessageAt = now;
    if (payload.publishConsent !== undefined) conversation.publishConsent = payload.publishConsent;
    em.persist(new ContactMessage(conversation, 'person', this.cipher.encrypt(payload.body, SEAL.message), now));
    await em.flush();
    return { conversationId: conversation.id };
  }
}
