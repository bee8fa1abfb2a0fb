import { ApiProperty } from '@nestjs/swagger';
import { LIMITS } from '@sexhandel/shared';
import { IsNotEmpty, IsString, Length, MaxLength } from 'class-validator';

export class PasswordChangeDto {
  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString({ message: 'currentPassword must be text' })
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(LIMITS.passwordMax, { message: `currentPassword must be at most ${LIMITS.passwordMax} characters long` })
  currentPassword!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString({ message: 'newPassword must be text' })
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, {
    message: `newPassword must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`,
  })
  newPassword!: string;
}
