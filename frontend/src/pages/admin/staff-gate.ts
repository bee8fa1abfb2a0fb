import { msg } from '@lit/localize';
import type { Role } from '@sexhandel/shared';
import { html, type TemplateResult } from 'lit';
import type { SessionState } from '../../state/session.service.js';
import { loginHref } from '../../state/staff-links.js';

/** Whether the signed-in account has one of `roles` (admins pass everywhere). */
export function hasStaffRole(session: SessionState | undefined, roles: readonly Role[]): boolean {
  const mine = session?.me?.roles ?? [];
  return mine.includes('admin') || roles.some((role) => mine.includes(role));
}

/**
 * What a staff screen shows instead of itself: while the session is unknown, to people without the
 * role, and offline (staff screens read and write on the server only). Null when the screen may show.
 */
export function staffGate(
  session: SessionState | undefined,
  roles: readonly Role[],
  online: boolean,
): TemplateResult | null {
  if (!online) {
    return html`<div class="notice" role="status">
      <p>${msg('Du er uten nett. Denne siden viser og lagrer data på serveren og virker bare på nett.')}</p>
    </div>`;
  }
  if (!session || session.status === 'unknown') return html`<p class="meta">${msg('Sjekker innloggingen …')}</p>`;
  if (session.status === 'signed-out') {
    return html`<div class="notice">
      <p>
        ${msg('Denne siden er for tjenestens ansatte.')}
        <a href=${loginHref(`${location.pathname}${location.search}`)}>${msg('Logg inn')}</a>
      </p>
    </div>`;
  }
  if (!hasStaffRole(session, roles)) {
    return html`<div class="notice"><p>${msg('Kontoen din har ikke tilgang til denne siden.')}</p></div>`;
  }
  return null;
}
