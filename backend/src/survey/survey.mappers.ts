import type { SurveyAdminDto, SurveyDto } from '@sexhandel/shared';
import type { Survey } from './survey.entity';

/** The shape devices hold (sync pull entity 'survey'). */
export function toSurveyDto(survey: Survey): SurveyDto {
  return { id: survey.id, title: survey.title, intro: survey.intro, questions: survey.questions };
}

export function toSurveyAdminDto(survey: Survey, responseCount: number): SurveyAdminDto {
  return {
    ...toSurveyDto(survey),
    status: survey.status,
    responseCount,
    createdAt: survey.createdAt.toISOString(),
    openedAt: survey.openedAt?.toISOString() ?? null,
    closedAt: survey.closedAt?.toISOString() ?? null,
  };
}
