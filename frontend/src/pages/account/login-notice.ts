import { msg } from '@lit/localize';

/** `/logg-inn?melding=…`: why the person is asked to sign in (shown above the form). */
export const LOGIN_NOTICE_PARAM = 'melding';

/** After a password change every session has ended, this one too. */
export const PASSWORD_CHANGED = 'passord-endret';

/** After a reset through the mailed link every session of the account has ended. */
export const PASSWORD_RESET = 'passord-nullstilt';

export type LoginNotice = typeof PASSWORD_CHANGED | typeof PASSWORD_RESET;

export function loginNoticeOf(value: string | null): LoginNotice | undefined {
  return value === PASSWORD_CHANGED || value === PASSWORD_RESET ? value : undefined;
}

export function loginNoticeText(notice: LoginNotice): string {
  switch (notice) {
    case PASSWORD_CHANGED:
      return msg('Passordet er endret, og du er logget ut overalt. Logg inn igjen med det nye passordet.');
    case PASSWORD_RESET:
      return msg('Passordet er byttet, og du er logget ut overalt. Logg inn med det nye passordet.');
  }
}
