import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@sexhandel/shared';
import { apiError, notFound } from '../common/api-error';

export const moderationErrors = {
  notFound: (message: string, code: ErrorCode = 'not_found') => notFound(message, code),
  conflict: (message: string, code: ErrorCode) => apiError(HttpStatus.CONFLICT, code, message),
  badRequest: (message: string, code: ErrorCode) => apiError(HttpStatus.BAD_REQUEST, code, message),
  badCursor: () =>
    apiError(
      HttpStatus.BAD_REQUEST,
      'bad_cursor',
      'The cursor is not valid: use the nextCursor of an earlier answer, or start again without one',
    ),
};
