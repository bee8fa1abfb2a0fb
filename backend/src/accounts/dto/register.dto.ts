import { ApiProperty } from '@nestjs/swagger';
import { ALIAS_PATTERN, LIMITS, type RegisterRequest } from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ minLength: LIMITS.aliasMin, maxLength: LIMITS.aliasMax, example: 'Nattugla' })
  @IsString({ message: 'alias must be text' })
  @Length(LIMITS.aliasMin, LIMITS.aliasMax, {
    message: `alias must be ${LIMITS.aliasMin} to ${LIMITS.aliasMax} characters long`,
  })
  @Matches(ALIAS_PATTERN, {
    message:
      'alias may hold letters, digits, spaces, dots, dashes and underscores, and must start and end with a letter or digit',
  })
  alias!: string;

  @ApiProperty({ maxLength: LIMITS.emailMax, description: 'Kept encrypted; never shown to anyone.' })
  @Transform(trim)
  @IsString({ message: 'email must be text' })
  @MaxLength(LIMITS.emailMax, { message: `email must be at most ${LIMITS.emailMax} characters long` })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString({ message: 'password must be text' })
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`,
  })
  password!: string;
}
