import { ApiProperty } from '@nestjs/swagger';
import { LIMITS, type AccountDeletionPosts, type AccountDeletionRequest } from '@sexhandel/shared';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class AccountDeletionDto implements AccountDeletionRequest {
  @ApiProperty({ description: 'The current password, to confirm' })
  @IsString({ message: 'password must be text' })
  @MinLength(1, { message: 'Enter your password to confirm' })
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @ApiProperty({
    enum: ['keep', 'erase'],
    description: "'keep': posts stay under \"deleted member\"; 'erase': posts are deleted",
  })
  @IsIn(['keep', 'erase'], { message: "posts must be 'keep' or 'erase'" })
  posts!: AccountDeletionPosts;
}
