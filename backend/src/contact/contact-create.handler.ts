import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { normalisePickupCode, PICKUP_CODE_TAKEN, type ContactCreateResult } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { ContactMessage } from './contact-message.entity';
import { SEAL } from './contact-sealing';
import { Conversation } from './conversation.entity';
import { ContactCreatePayloadDto } from './dto/contact-payloads.dto';
import { PickupCodes } from './pickup-codes';

const TAKEN_MESSAGE = 'This pick-up code is already in use. The app makes a new one; send again.';

/**
 * `contact.create`: a new conversation with the person's first message. No account, nothing about
 * the device. With 'pickup' the device made the code and sends it in the payload; only its keyed
 * hash is stored and the result never carries it (so the sealed result of the applied mutation
 * holds no code either). A code the server already knows is refused (`pickup_code_taken`). With
 * 'email' the address is sealed until the answer is sent.
 */
@Injectable()
export class ContactCreateHandler implements MutationHandler<ContactCreatePayloadDto, ContactCreateResult> {
  readonly kind = 'contact.create' as const;
  readonly payloadType = ContactCreatePayloadDto;
  readonly access = 'anyone' as const;

  constructor(
    private readonly cipher: FieldCipher,
    private readonly codes: PickupCodes,
  ) {}

  async apply({ em }: MutationContext, payload: ContactCreatePayloadDto): Promise<ContactCreateResult> {
    if (payload.replyBy === 'pickup' && payload.email !== undefined) {
      throw new MutationRejection('validation', 'Leave out the e-mail address when you collect the answer with a code');
    }
    if (payload.replyBy === 'email' && payload.pickupCode !== undefined) {
      throw new MutationRejection('validation', 'Leave out the pick-up code when the answer goes by e-mail');
    }
    if (payload.replyBy === 'email' && !payload.email) {
      throw new MutationRejection('validation', 'email must be a valid e-mail address when the answer goes by e-mail');
    }
    const now = new Date();
    const conversation = new Conversation(payload.topic, payload.replyBy, now);
    conversation.publishConsent = payload.publishConsent ?? false;
    if (payload.replyBy === 'pickup') {
      const code = normalisePickupCode(payload.pickupCode ?? '');
      if (await this.codes.isTaken(em, code)) throw new MutationRejection(PICKUP_CODE_TAKEN, TAKEN_MESSAGE);
      conversation.pickupCodeHash = this.codes.hashCode(code);
    } else if (payload.email) {
      conversation.emailSealed = this.cipher.encrypt(payload.email, SEAL.email);
    }
    const message = new ContactMessage(conversation, 'person', this.cipher.encrypt(payload.body, SEAL.message), now);
    em.persist([conversation, message]);
    try {
      await em.flush();
    } catch (error) {
      // The same code in two pushes at once: the unique index decides, the loser is refused cleanly.
      if (error instanceof UniqueConstraintViolationException)
        throw new MutationRejection(PICKUP_CODE_TAKEN, TAKEN_MESSAGE);
      throw error;
    }
    return { conversationId: conversation.id };
  }
}
