import { HttpException, HttpStatus } from '@nestjs/common';

const STATUS_TEXT: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Bad Request',
  [HttpStatus.NOT_FOUND]: 'Not Found',
  [HttpStatus.CONFLICT]: 'Conflict',
  [HttpStatus.TOO_MANY_REQUESTS]: 'Too Many Requests',
  [HttpStatus.BAD_GATEWAY]: 'Bad Gateway',
};

/** A 4xx/5xx answer in the project's shape: `{ statusCode, error, message, code }`. */
export function apiError(status: HttpStatus, code: string, message: string): HttpException {
  return new HttpException({ statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message, code }, status);
}

const NOT_FOUND_MESSAGE =
  'No conversation has this code. Check the code; conversations are deleted some time after the last message.';
const RATE_LIMITED_MESSAGE = 'Too many wrong codes were tried from here. Wait 10 minutes and try again.';

export const contactErrors = {
  NOT_FOUND_MESSAGE,
  RATE_LIMITED_MESSAGE,
  codeNotFound: () => apiError(HttpStatus.NOT_FOUND, 'not_found', NOT_FOUND_MESSAGE),
  rateLimited: () => apiError(HttpStatus.TOO_MANY_REQUESTS, 'rate_limited', RATE_LIMITED_MESSAGE),
  conversationNotFound: () =>
    apiError(HttpStatus.NOT_FOUND, 'not_found', 'No conversation with this id (it may have been deleted).'),
  conversationClosed: () => apiError(HttpStatus.CONFLICT, 'conversation_closed', 'This conversation is closed.'),
  addressGone: () =>
    apiError(
      HttpStatus.CONFLICT,
      'address_deleted',
      'The e-mail address was deleted when the first answer was sent, so another answer cannot reach this person.',
    ),
  mailFailed: () =>
    apiError(
      HttpStatus.BAD_GATEWAY,
      'mail_failed',
      'The answer could not be sent by e-mail. Nothing was saved; try again later.',
    ),
  noConsent: () =>
    apiError(
      HttpStatus.CONFLICT,
      'no_publish_consent',
      'The person did not agree to publication, so this conversation cannot become a public question and answer.',
    ),
  awaitingPerson: () =>
    apiError(
      HttpStatus.CONFLICT,
      'awaiting_person',
      'The person has not approved this text yet. They see it with their conversation and must say yes before it is published.',
    ),
  unpublishFirst: () =>
    apiError(
      HttpStatus.CONFLICT,
      'unpublish_first',
      'Unpublish it before changing the text: the person must approve the new wording first.',
    ),
  qaNotFound: () => apiError(HttpStatus.NOT_FOUND, 'not_found', 'No question and answer with this id.'),
  badCursor: () => apiError(HttpStatus.BAD_REQUEST, 'bad_cursor', 'The cursor is not one this server made.'),
};
