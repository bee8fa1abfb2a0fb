import { HttpStatus } from '@nestjs/common';
import { apiError } from '../common/api-error';

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
