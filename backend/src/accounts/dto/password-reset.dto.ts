import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, type PasswordResetCompletion, type PasswordResetRequest } from '@sexhandel/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ maxLength: LIMITS.emailMax, description: 'The address the account was registered with' })
  @Transform(trim)
  @IsString({ message: 'email must be text' })
  @MaxLength(LIMITS.emailMax, { message: `email must be at most ${LIMITS.emailMax} characters long` })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  email!: string;
}

export class PasswordResetDto implements PasswordResetCompletion {
  @ApiProperty({ description: 'The token from the mailed link (after #)' })
  @IsString({ message: 'token must be text' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not the one from the link: copy the whole link' })
  token!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString({ message: 'password must be text' })
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`,
  })
  password!: string;
}
