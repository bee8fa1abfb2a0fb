import { SURVEY_LIMITS, SURVEY_SCALE_MAX, type SurveyAnswerInput, type SurveySubmitPayload } from '@sexhandel/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** Range, option and required checks need the survey: SurveySubmitHandler does them. */
export class SurveyAnswerPayloadDto implements SurveyAnswerInput {
  @IsString({ message: 'questionId must be a question id like q1' })
  @Matches(/^q\d{1,3}$/, { message: 'questionId must be a question id like q1' })
  questionId!: string;

  @IsOptional()
  @IsArray({ message: 'optionIds must be a list of option ids' })
  @ArrayMaxSize(SURVEY_LIMITS.optionsMax, { message: 'Too many options chosen' })
  @IsString({ each: true, message: 'optionIds must be option ids like o1' })
  @Matches(/^o\d{1,3}$/, { each: true, message: 'optionIds must be option ids like o1' })
  optionIds?: string[];

  @IsOptional()
  @IsInt({ message: `scale must be a whole number from 1 to ${SURVEY_SCALE_MAX}` })
  scale?: number;

  @IsOptional()
  @IsString({ message: 'text must be text' })
  // Length against the limit is checked after trimming, in the handler, with a clearer message.
  @MaxLength(SURVEY_LIMITS.freeTextMax * 2, {
    message: `An answer can be at most ${SURVEY_LIMITS.freeTextMax} characters`,
  })
  text?: string;
}

export class SurveySubmitPayloadDto implements SurveySubmitPayload {
  @IsUUID('all', { message: 'surveyId must be the id of a survey' })
  surveyId!: string;

  @IsUUID('all', { message: 'responseKey must be a UUID made on the device' })
  responseKey!: string;

  @IsArray({ message: 'answers must be a list' })
  @ArrayMaxSize(SURVEY_LIMITS.questionsMax, { message: 'More answers than a survey has questions' })
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerPayloadDto)
  answers!: SurveyAnswerPayloadDto[];
}
