import {
  CONTACT_REPLY_BY,
  CONTACT_TOPICS,
  LIMITS,
  normalisePickupCode,
  PICKUP_CODE_ALPHABET,
  PICKUP_CODE_LENGTH,
  type ContactCreatePayload,
  type ContactReplyBy,
  type ContactReplyPayload,
  type ContactTopic,
} from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const BODY_MESSAGE = `body must be between 1 and ${LIMITS.contactBodyMax} characters`;
const CODE_PATTERN = new RegExp(`^[${PICKUP_CODE_ALPHABET}]{${PICKUP_CODE_LENGTH}}$`);
const CODE_MESSAGE = `pickupCode must be ${PICKUP_CODE_LENGTH} symbols of the pick-up code alphabet when the answer is collected with a code`;
// Dashes, spaces and lower case are fine (a person may type the code); the check runs on the normalised form.
const normaliseCode = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.length <= 64 ? normalisePickupCode(value) : value;

export class ContactCreatePayloadDto implements ContactCreatePayload {
  @IsIn([...CONTACT_TOPICS], { message: `topic must be one of: ${CONTACT_TOPICS.join(', ')}` })
  topic!: ContactTopic;

  @Transform(trim)
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: BODY_MESSAGE })
  @MaxLength(LIMITS.contactBodyMax, { message: BODY_MESSAGE })
  body!: string;

  @IsIn([...CONTACT_REPLY_BY], { message: 'replyBy must be "pickup" or "email"' })
  replyBy!: ContactReplyBy;

  /** Required and checked with replyBy 'email'; the handler refuses it with 'pickup'. */
  @ValidateIf((payload: ContactCreatePayloadDto) => payload.replyBy === 'email')
  @Transform(trim)
  @IsString({ message: 'email must be a valid e-mail address when the answer goes by e-mail' })
  @MaxLength(LIMITS.emailMax, { message: 'email is too long' })
  @IsEmail({}, { message: 'email must be a valid e-mail address when the answer goes by e-mail' })
  email?: string;

  @IsOptional()
  @IsBoolean({ message: 'publishConsent must be true or false' })
  publishConsent?: boolean;

  /** Required and checked with replyBy 'pickup'; the handler refuses it with 'email'. */
  @ValidateIf((payload: ContactCreatePayloadDto) => payload.replyBy === 'pickup')
  @Transform(normaliseCode)
  @IsString({ message: CODE_MESSAGE })
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  pickupCode?: string;
}

export class ContactReplyPayloadDto implements ContactReplyPayload {
  @IsString({ message: 'code must be the pick-up code' })
  @MaxLength(64, { message: 'code must be the pick-up code' })
  code!: string;

  @Transform(trim)
  @IsString({ message: 'body must be text' })
  @MinLength(1, { message: BODY_MESSAGE })
  @MaxLength(LIMITS.contactBodyMax, { message: BODY_MESSAGE })
  body!: string;

  @IsOptional()
  @IsBoolean({ message: 'publishConsent must be true or false' })
  publishConsent?: boolean;
}
