import { msg, str } from '@lit/localize';
import { LIMITS } from '@sexhandel/shared';

/** The rule a chosen password follows (sign-up, password reset), said the same way on both pages. */
export function newPasswordHint(): string {
  return msg(str`Minst ${LIMITS.passwordMin} tegn. En setning du husker, er et godt passord.`);
}

/** What is wrong with a chosen password before it is sent, or null. */
export function newPasswordProblem(password: string): string | null {
  return password.length < LIMITS.passwordMin ? msg(str`Passordet må ha minst ${LIMITS.passwordMin} tegn.`) : null;
}
