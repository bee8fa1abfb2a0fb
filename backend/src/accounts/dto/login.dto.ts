import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, type LoginRequest } from '@sexhandel/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ maxLength: LIMITS.aliasMax })
  @IsString({ message: 'alias must be text' })
  @IsNotEmpty({ message: 'alias is required' })
  @MaxLength(LIMITS.aliasMax, { message: `alias must be at most ${LIMITS.aliasMax} characters long` })
  alias!: string;

  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString({ message: 'password must be text' })
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(LIMITS.passwordMax, { message: `password must be at most ${LIMITS.passwordMax} characters long` })
  password!: string;
}
