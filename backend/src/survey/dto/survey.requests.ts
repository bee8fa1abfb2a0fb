import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SURVEY_LIMITS,
  SURVEY_QUESTION_KINDS,
  type SurveyInput,
  type SurveyQuestionInput,
  type SurveyQuestionKind,
} from '@sexhandel/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

export class SurveyQuestionRequest implements SurveyQuestionInput {
  @ApiProperty({ enum: SURVEY_QUESTION_KINDS })
  @IsIn([...SURVEY_QUESTION_KINDS], { message: `kind must be one of: ${SURVEY_QUESTION_KINDS.join(', ')}` })
  kind!: SurveyQuestionKind;

  @ApiProperty({ maxLength: SURVEY_LIMITS.questionTextMax })
  @Transform(trim)
  @IsString({ message: 'Each question needs a text' })
  @MinLength(1, { message: 'Each question needs a text' })
  @MaxLength(SURVEY_LIMITS.questionTextMax, {
    message: `A question can be at most ${SURVEY_LIMITS.questionTextMax} characters`,
  })
  text!: string;

  @ApiProperty({ description: 'Must the reader answer it?' })
  @IsBoolean({ message: 'required must be true or false' })
  required!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Option labels in order (single and multiple choice)' })
  @IsOptional()
  @Transform(trimAll)
  @IsArray({ message: 'options must be a list of labels' })
  @ArrayMaxSize(SURVEY_LIMITS.optionsMax, {
    message: `A question can have at most ${SURVEY_LIMITS.optionsMax} options`,
  })
  @IsString({ each: true, message: 'Each option must be text' })
  @MinLength(1, { each: true, message: 'An option cannot be empty' })
  @MaxLength(SURVEY_LIMITS.optionLabelMax, {
    each: true,
    message: `An option can be at most ${SURVEY_LIMITS.optionLabelMax} characters`,
  })
  options?: string[];

  @ApiPropertyOptional({ maxLength: SURVEY_LIMITS.scaleLabelMax, description: 'Scale questions: what 1 means' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'scaleMinLabel must be text' })
  @MaxLength(SURVEY_LIMITS.scaleLabelMax, {
    message: `A scale label can be at most ${SURVEY_LIMITS.scaleLabelMax} characters`,
  })
  scaleMinLabel?: string;

  @ApiPropertyOptional({ maxLength: SURVEY_LIMITS.scaleLabelMax, description: 'Scale questions: what 5 means' })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'scaleMaxLabel must be text' })
  @MaxLength(SURVEY_LIMITS.scaleLabelMax, {
    message: `A scale label can be at most ${SURVEY_LIMITS.scaleLabelMax} characters`,
  })
  scaleMaxLabel?: string;
}

export class SurveyInputRequest implements SurveyInput {
  @ApiProperty({ maxLength: SURVEY_LIMITS.titleMax })
  @Transform(trim)
  @IsString({ message: 'The survey needs a title' })
  @MinLength(1, { message: 'The survey needs a title' })
  @MaxLength(SURVEY_LIMITS.titleMax, { message: `The title can be at most ${SURVEY_LIMITS.titleMax} characters` })
  title!: string;

  @ApiProperty({ maxLength: SURVEY_LIMITS.introMax, description: 'Shown above the questions; may be empty' })
  @Transform(trim)
  @IsString({ message: 'intro must be text' })
  @MaxLength(SURVEY_LIMITS.introMax, {
    message: `The introduction can be at most ${SURVEY_LIMITS.introMax} characters`,
  })
  intro!: string;

  @ApiProperty({ type: [SurveyQuestionRequest] })
  @IsArray({ message: 'questions must be a list' })
  @ArrayMinSize(1, { message: 'A survey needs at least one question' })
  @ArrayMaxSize(SURVEY_LIMITS.questionsMax, {
    message: `A survey can have at most ${SURVEY_LIMITS.questionsMax} questions`,
  })
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionRequest)
  questions!: SurveyQuestionRequest[];
}
