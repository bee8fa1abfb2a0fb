import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';

export const surveyErrors = {
  notFound: () =>
    new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'No such survey', code: 'survey_not_found' }),
  notDraft: () =>
    new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message:
        'The questions can only change while the survey is a draft: it has been opened, so answers already refer to them',
      code: 'survey_not_draft',
    }),
  alreadyOpen: () =>
    new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: 'The survey is already open',
      code: 'survey_open',
    }),
  notOpen: () =>
    new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: 'Only an open survey can be closed',
      code: 'survey_not_open',
    }),
  badQuestion: (message: string) =>
    new BadRequestException({ statusCode: 400, error: 'Bad Request', message: [message], code: 'survey_question' }),
};
