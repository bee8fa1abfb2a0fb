/** FieldCipher contexts of the contact tables: a value sealed for one column cannot be opened as another. */
export const SEAL = {
  email: 'contact.email',
  message: 'contact.message',
  note: 'contact.note',
} as const;
