import { msg } from '@lit/localize';
import type { Role } from '@sexhandel/shared';

export interface StaffLink {
  href: string;
  label: string;
}

/** The staff screens a person's roles open, their main work first (admins pass everywhere). */
export function staffLinks(roles: readonly Role[]): StaffLink[] {
  const admin = roles.includes('admin');
  const has = (role: Role) => admin || roles.includes(role);
  const links: StaffLink[] = [];
  if (has('counsellor')) links.push({ href: '/admin/kontakt', label: msg('Innboks') });
  if (has('moderator')) links.push({ href: '/admin/moderering', label: msg('Moderering') });
  if (has('editor')) links.push({ href: '/admin/innhold', label: msg('Innhold') });
  if (has('editor') || has('counsellor'))
    links.push({ href: '/admin/sporsmal-og-svar', label: msg('Spørsmål og svar') });
  if (has('editor')) links.push({ href: '/admin/telefon', label: msg('Telefontider') });
  if (admin) {
    links.push(
      { href: '/admin/statistikk', label: msg('Statistikk') },
      { href: '/admin/undersokelser', label: msg('Undersøkelser') },
      { href: '/admin/kampanjer', label: msg('Kampanjer og kort') },
    );
  }
  return links;
}

/** Where staff land after signing in: their main work (admins the statistics), or null for members. */
export function staffHome(roles: readonly Role[]): string | null {
  if (roles.includes('admin')) return '/admin/statistikk';
  return staffLinks(roles)[0]?.href ?? null;
}

/** The query parameter of /logg-inn that says where to go back to. */
export const RETURN_PARAM = 'neste';

const NO_RETURN = ['/logg-inn', '/registrer', '/glemt-passord', '/nytt-passord'];

/**
 * A path inside this app to go back to after signing in, or null. Only a plain path is taken:
 * absolute URLs, `//host`, backslashes, `javascript:` and anything else that could lead off the site
 * are refused, and so are the sign-in pages themselves.
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 500) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  if ([...raw].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127)) return null;
  let url: URL;
  try {
    url = new URL(raw, 'https://app.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'https://app.invalid') return null;
  if (NO_RETURN.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in link from a page, carrying the way back. */
export function loginHref(currentPath: string): string {
  const back = safeReturnPath(currentPath);
  return back && back !== '/' ? `/logg-inn?${RETURN_PARAM}=${encodeURIComponent(back)}` : '/logg-inn';
}

/** After signing in: back where the person was, else staff to their work and members to the forum. */
export function afterSignIn(roles: readonly Role[], returnPath: string | null | undefined): string {
  const back = safeReturnPath(returnPath);
  if (back && back !== '/') return back;
  return staffHome(roles) ?? '/forum';
}
