import { msg } from '@lit/localize';
import type { GrantableRole } from '@sexhandel/shared';

/** A staff role in the person's language. */
export function roleLabel(role: GrantableRole): string {
  switch (role) {
    case 'moderator':
      return msg('Moderator');
    case 'counsellor':
      return msg('Rådgiver');
    case 'editor':
      return msg('Redaktør');
    case 'admin':
      return msg('Administrator');
  }
}
