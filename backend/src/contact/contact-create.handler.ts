import { Injectable } from '@nestjs/common';
import type { ContactCreateResult } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { MutationRejection, type MutationContext, type MutationHandler } from '../sync/mutation-handler';
import { ContactMessage } from './contact-message.entity';
import { SEAL } from './contact-sealing';
import { Conversation } from './conversation.entity';
import { ContactCreatePayloadDto } from './dto/contact-payloads.dto';
import { PickupCodes } from './pickup-codes';

/**
 * `contact.create`: a new conversation with the person's first message. No account, nothing about
 * the device. With 'pickup' the result carries the code (stored only as a hash; the sealed result
 * of the applied mutation returns the same code on a retry); with 'email' the address is sealed
 * until the answer is sent.
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
    if (payload.replyBy === 'email' && !payload.email) {
      throw new MutationRejection('validation', 'email must be a valid e-mail address when the answer goes by e-mail');
    }
    const now = new Date();
    const conversation = new Conversation(payload.topic, payload.replyBy, now);
    conversation.publishConsent = payload.publishConsent ?? false;
    let pickupCode: string | undefined;
    if (payload.replyBy === 'pickup') {
      const code = this.codes.generateCode();
      conversation.pickupCodeHash = code.hash;
      pickupCode = code.display;
    } else if (payload.email) {
      conversation.emailSealed = this.cipher.encrypt(payload.email, SEAL.email);
    }
    const message = new ContactMessage(conversation, 'person', this.cipher.encrypt(payload.body, SEAL.message), now);
    em.persist([conversation, message]);
    await em.flush();
    return pickupCode === undefined
      ? { conversationId: conversation.id }
      : { conversationId: conversation.id, pickupCode };
  }
}
