import { HttpStatus } from '@nestjs/common';
import { apiError } from '../common/api-error';

/** One answer for every refusal that must not tell why (e-mail in use, reserved alias). */
export const REGISTRATION_REFUSED_MESSAGE =
  'We could not create an account with these details. If you already have one, log in instead.';

export const authErrors = {
  aliasTaken: () => apiError(HttpStatus.CONFLICT, 'alias_taken', 'That alias is taken'),
  registrationRefused: () => apiError(HttpStatus.BAD_REQUEST, 'registration_refused', REGISTRATION_REFUSED_MESSAGE),
  invalidCredentials: () => apiError(HttpStatus.UNAUTHORIZED, 'invalid_credentials', 'Wrong alias or password.'),
  wrongPassword: () => apiError(HttpStatus.BAD_REQUEST, 'wrong_password', 'Your current password is not right.'),
  locked: (until: Date) =>
    apiError(HttpStatus.TOO_MANY_REQUESTS, 'locked', `Too many attempts. Try again after ${until.toISOString()}.`, {
      retryAt: until.toISOString(),
    }),
  registerLimited: () =>
    apiError(
      HttpStatus.TOO_MANY_REQUESTS,
      'rate_limited',
      'Too many new accounts were made from here. Try again later.',
    ),
  resetLimited: () =>
    apiError(
      HttpStatus.TOO_MANY_REQUESTS,
      'rate_limited',
      'Too many password-reset links were asked for from here. Try again in an hour.',
    ),
  resetLinkInvalid: () =>
    apiError(
      HttpStatus.BAD_REQUEST,
      'reset_link_invalid',
      'This link has been used or is too old. Ask for a new one; nothing was changed.',
    ),
  unauthenticated: () => apiError(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'Please log in first.'),
  forbidden: () => apiError(HttpStatus.FORBIDDEN, 'forbidden', 'Your account does not have access to this.'),
  routeClosed: () => apiError(HttpStatus.FORBIDDEN, 'forbidden', 'This route is not open.'),
  csrf: () =>
    apiError(
      HttpStatus.FORBIDDEN,
      'csrf',
      'The request is missing its security token (X-CSRF-Token). Reload the page and try again.',
    ),
  accountNotFound: () => apiError(HttpStatus.BAD_REQUEST, 'account_not_found', 'No account has that alias.'),
};
