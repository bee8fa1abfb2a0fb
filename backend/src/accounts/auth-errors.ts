import { HttpException, HttpStatus } from '@nestjs/common';

const STATUS_TEXT: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Bad Request',
  [HttpStatus.UNAUTHORIZED]: 'Unauthorized',
  [HttpStatus.FORBIDDEN]: 'Forbidden',
  [HttpStatus.CONFLICT]: 'Conflict',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too Many Requests',
};

/** A 4xx answer in the project's shape: `{ statusCode, error, message, code }`. */
export function apiError(status: HttpStatus, code: string, message: string): HttpException {
  return new HttpException({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message, code }, status);
}

/** One answer for every refusal that must not tell why (e-mail in use, reserved alias). */
export const REGISTRATION_REFUSED_MESSAGE =
  'We could not create an account with these details. If you already have one, log in instead.';

export const authErrors = {
  aliasTaken: () => apiError(HttpStatus.CONFLICT, 'alias_taken', 'That alias is taken'),
  registrationRefused: () => apiError(HttpStatus.BAD_REQUEST, 'registration_refused', REGISTRATION_REFUSED_MESSAGE),
  invalidCredentials: () => apiError(HttpStatus.UNAUTHORIZED, 'invalid_credentials', 'Wrong alias or password.'),
  wrongPassword: () => apiError(HttpStatus.BAD_REQUEST, 'wrong_password', 'Your current password is not right.'),
  locked: () => apiError(HttpStatus.TOO_MANY_REQUESTS, 'locked', 'Too many attempts. Try again in 15 minutes.'),
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
