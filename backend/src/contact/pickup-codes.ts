import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  formatPickupCode,
  isPickupCode,
  normalisePickupCode,
  PICKUP_CODE_ALPHABET,
  PICKUP_CODE_LENGTH,
} from '@sexhandel/shared';
import { FieldCipher } from '../crypto/field-cipher';
import { Conversation } from './conversation.entity';

const CODE_CONTEXT = 'contact.pickup';
// Compared against when no row matched, so a miss costs the same comparison as a hit.
const MISS = Buffer.alloc(32);

/**
 * Pick-up codes: 16 symbols of Crockford base32 (80 bits from the CSPRNG), shown as 4 groups of 4.
 * Only a keyed hash (blind index under DATA_KEY) is stored, so the code can be looked up but not
 * read back, and a leaked table cannot be brute-forced without the key.
 */
@Injectable()
export class PickupCodes {
  constructor(private readonly cipher: FieldCipher) {}

  /** A new code: `{ display: 'ABCD-EFGH-JKMN-PQRS', hash }`. */
  generateCode(): { display: string; hash: string } {
    const bytes = randomBytes(PICKUP_CODE_LENGTH);
    // 256 is a multiple of 32, so the low 5 bits of each byte are uniform.
    const code = [...bytes].map((byte) => PICKUP_CODE_ALPHABET[byte & 31]).join('');
    return { display: formatPickupCode(code), hash: this.hashCode(code) };
  }

  hashCode(normalised: string): string {
    return this.cipher.blindIndex(normalised, CODE_CONTEXT);
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
