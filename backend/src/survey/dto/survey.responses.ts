import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SURVEY_QUESTION_KINDS,
  SURVEY_STATUSES,
  type SurveyAdminDto,
  type SurveyOptionDto,
  type SurveyOptionResultDto,
  type SurveyQuestionDto,
  type SurveyQuestionKind,
  type SurveyQuestionResultDto,
  type SurveyResultsDto,
  type SurveyStatus,
} from '@sexhandel/shared';

/** OpenAPI shapes of the survey DTOs in shared/src/survey.ts. */

export class SurveyOptionResponse implements SurveyOptionDto {
  @ApiProperty({ example: 'o1' }) id!: string;
  @ApiProperty() label!: string;
}

export class SurveyQuestionResponse implements SurveyQuestionDto {
  @ApiProperty({ example: 'q1' }) id!: string;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty() text!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: [SurveyOptionResponse] }) options!: SurveyOptionResponse[];
  @ApiPropertyOptional() scaleMinLabel?: string;
  @ApiPropertyOptional() scaleMaxLabel?: string;
}

export class SurveyAdminResponse implements SurveyAdminDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() intro!: string;
  @ApiProperty({ type: [SurveyQuestionResponse] }) questions!: SurveyQuestionResponse[];
  @ApiProperty({ enum: SURVEY_STATUSES }) status!: SurveyStatus;
  @ApiProperty() responseCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) openedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) closedAt!: string | null;
}

export class SurveyOptionResultResponse implements SurveyOptionResultDto {
  @ApiProperty({ description: 'Option id, or the scale value 1–5' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'count / respondents to the question' }) share!: number;
}

export class SurveyQuestionResultResponse implements SurveyQuestionResultDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS }) kind!: SurveyQuestionKind;
  @ApiProperty() text!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ description: 'Responses that answered this question' }) respondents!: number;
  @ApiProperty({ type: [SurveyOptionResultResponse] }) options!: SurveyOptionResultResponse[];
  @ApiProperty({ nullable: true, type: Number, description: 'Scale questions: the mean' }) mean!: number | null;
  @ApiPropertyOptional() scaleMinLabel?: string;
  @ApiPropertyOptional() scaleMaxLabel?: string;
  @ApiProperty({ type: [String], description: 'Free-text answers (admins only)' }) texts!: string[];
}

export class SurveyResultsResponse implements SurveyResultsDto {
  @ApiProperty({ type: SurveyAdminResponse }) survey!: SurveyAdminResponse;
  @ApiProperty() responses!: number;
  @ApiProperty({ type: [SurveyQuestionResultResponse] }) questions!: SurveyQuestionResultResponse[];
}
