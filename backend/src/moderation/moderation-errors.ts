import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

export const moderationErrors = {
  notFound: (message: string, code = 'not_found') =>
    new NotFoundException({ statusCode: 404, error: 'Not Found', message, code }),
  conflict: (message: string, code: string) =>
    new ConflictException({ statusCode: 409, error: 'Conflict', message, code }),
  badRequest: (message: string, code: string) =>
    new BadRequestException({ statusCode: 400, error: 'Bad Request', message, code }),
  badCursor: () =>
    new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The cursor is not valid: use the nextCursor of an earlier answer, or start again without one',
      code: 'bad_cursor',
    }),
};

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
