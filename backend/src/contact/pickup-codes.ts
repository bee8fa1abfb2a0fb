import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isPickupCode, normalisePickupCode } from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { Conversation } from './conversation.entity';

const CODE_CONTEXT = 'contact.pickup';
// Compared against when no row matched, so a miss costs the same comparison as a hit.
const MISS = Buffer.alloc(32);

/**
 * Pick-up codes: 16 symbols of Crockford base32 (80 bits), made on the person's device
 * (`pickupCodeFromBytes` over `crypto.getRandomValues`) so the code is known at Send, even offline.
 * Only a keyed hash (blind index under DATA_KEY) is stored, so the code can be looked up but not
 * read back, and a leaked table cannot be brute-forced without the key.
 */
@Injectable()
export class PickupCodes {
  constructor(private readonly cipher: FieldCipher) {}

  hashCode(normalised: string): string {
    return this.cipher.blindIndex(normalised, CODE_CONTEXT);
  }

  /** True when a conversation already has this (normalised) code. */
  async isTaken(em: EntityManager, normalised: string): Promise<boolean> {
    return (await em.count(Conversation, { pickupCodeHash: this.hashCode(normalised) })) > 0;
  }

  /** The conversation a code opens, or null; the same work is done whether or not it exists. */
  async findConversation(em: EntityManager, rawCode: string): Promise<Conversation | null> {
    const normalised = normalisePickupCode(rawCode);
    const wellFormed = isPickupCode(normalised);
    const hash = this.hashCode(wellFormed ? normalised : `invalid:${normalised}`);
    const found = wellFormed ? await em.findOne(Conversation, { pickupCodeHash: hash }) : null;
    const expected = Buffer.from(hash, 'base64url');
    const stored = found?.pickupCodeHash ? Buffer.from(found.pickupCodeHash, 'base64url') : MISS;
    const same = stored.length === expected.length && timingSafeEqual(stored, expected);
    return same && found ? found : null;
  }
}
