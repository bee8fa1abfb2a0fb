/** Aliases are unique ignoring case (and Unicode compatibility forms). */
export function toAliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase();
}

/** E-mail addresses are compared trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Names that would pass for the service or its staff. Compared without spaces, dots, dashes, underscores.
const RESERVED = new Set([
  'admin',
  'administrator',
  'moderator',
  'moderatorene',
  'mod',
  'redaksjonen',
  'redaksjon',
  'redaktor',
  'redaktør',
  'sexhandel',
  'veileder',
  'veilederen',
  'counsellor',
  'editor',
  'staff',
  'support',
  'system',
  'root',
]);

export function isReservedAlias(aliasKey: string): boolean {
  return RESERVED.has(aliasKey.replace(/[ ._-]/g, ''));
}
