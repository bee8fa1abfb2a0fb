import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTACT_TOPICS,
  CONVERSATION_STATUSES,
  LIMITS,
  QA_ANSWER_MAX,
  QA_QUESTION_MAX,
  type ContactTopic,
  type ConversationStatus,
} from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { KeysetPageQuery } from '../../common/keyset-page.query';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ConversationCodeRequest {
  @ApiProperty({
    example: 'ABCD-EFGH-JKMN-PQRS',
    description: 'The pick-up code (case, spaces and dashes do not matter)',
  })
  @IsString({ message: 'code must be the pick-up code' })
  @MaxLength(64, { message: 'code must be the pick-up code' })
  code!: string;
}

export class QaDecisionBody extends ConversationCodeRequest {
  @ApiProperty({ format: 'uuid', description: 'The pending question and answer shown with the conversation' })
  @IsUUID('all', { message: 'qaId must be the id of the text shown with your conversation' })
  qaId!: string;

  @ApiProperty({ description: 'true: publish this exact text; false: do not publish anything from this conversation' })
  @IsBoolean({ message: 'approve must be true or false' })
  approve!: boolean;
}

export class InboxQuery extends KeysetPageQuery {
  @ApiPropertyOptional({ enum: CONVERSATION_STATUSES, default: 'new' })
  @IsOptional()
  @IsIn([...CONVERSATION_STATUSES], { message: `status must be one of: ${CONVERSATION_STATUSES.join(', ')}` })
  status?: ConversationStatus;
}

const TEXT_MESSAGE = `body must be between 1 and ${LIMITS.contactBodyMax} characters`;

export class CounsellorTextRequest {
  @ApiProperty({ maxLength: LIMITS.contactBodyMax })
  @Transform(trim)
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: TEXT_MESSAGE })
  @MaxLength(LIMITS.contactBodyMax, { message: TEXT_MESSAGE })
  body!: string;
}

export class QaDraftRequest {
  @ApiProperty({ maxLength: QA_QUESTION_MAX, description: "Anonymised question, in the counsellor's words" })
  @Transform(trim)
  @IsString({ message: 'question must be text' })
  @MinLength(1, { message: `question must be between 1 and ${QA_QUESTION_MAX} characters` })
  @MaxLength(QA_QUESTION_MAX, { message: `question must be between 1 and ${QA_QUESTION_MAX} characters` })
  question!: string;

  @ApiProperty({ maxLength: QA_ANSWER_MAX })
  @Transform(trim)
  @IsString({ message: 'answer must be text' })
  @MinLength(1, { message: `answer must be between 1 and ${QA_ANSWER_MAX} characters` })
  @MaxLength(QA_ANSWER_MAX, { message: `answer must be between 1 and ${QA_ANSWER_MAX} characters` })
  answer!: string;

  @ApiPropertyOptional({ enum: CONTACT_TOPICS, description: "Defaults to the conversation's topic" })
  @IsOptional()
  @IsIn([...CONTACT_TOPICS], { message: `topic must be one of: ${CONTACT_TOPICS.join(', ')}` })
  topic?: ContactTopic;
}

export class QaListQuery {
  @ApiPropertyOptional({ description: 'Words to look for in question and answer' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;
}
