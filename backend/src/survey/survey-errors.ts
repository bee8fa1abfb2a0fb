import { HttpStatus } from '@nestjs/common';
import { apiError, notFound } from '../common/api-error';

export const surveyErrors = {
  notFound: () => notFound('No such survey', 'survey_not_found'),
  notDraft: () =>
    apiError(
      HttpStatus.CONFLICT,
      'survey_not_draft',
      'The questions can only change while the survey is a draft: it has been opened, so answers already refer to them',
    ),
  alreadyOpen: () => apiError(HttpStatus.CONFLICT, 'survey_open', 'The survey is already open'),
  notOpen: () => apiError(HttpStatus.CONFLICT, 'survey_not_open', 'Only an open survey can be closed'),
  badQuestion: (message: string) => apiError(HttpStatus.BAD_REQUEST, 'survey_question', message),
};
