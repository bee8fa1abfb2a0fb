import type { FieldCipher } from '../crypto/field-cipher';
import type { OutgoingMail } from './mail-transport';

/** Bound to the row too: a sealed message copied into another row (or column) does not open there. */
const context = (id: string) => `mail_queue.message ${id}`;

export function sealQueuedMail(cipher: FieldCipher, id: string, mail: OutgoingMail): string {
  return cipher.encrypt(JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text }), context(id));
}

/** Throws when the value does not open with this DATA_KEY for this row. */
export function openQueuedMail(cipher: FieldCipher, id: string, sealed: string): OutgoingMail {
  const mail = JSON.parse(cipher.decrypt(sealed, context(id))) as Partial<OutgoingMail>;
  if (typeof mail.to !== 'string' || typeof mail.subject !== 'string' || typeof mail.text !== 'string')
    throw new Error('Not a queued mail');
  return { to: mail.to, subject: mail.subject, text: mail.text };
}
