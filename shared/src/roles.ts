/** Account roles. A member writes in the forum; the others are staff roles. */
export const ROLES = ['member', 'moderator', 'counsellor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['moderator', 'counsellor', 'editor', 'admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
