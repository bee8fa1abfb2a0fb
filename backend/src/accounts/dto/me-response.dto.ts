import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type MeDto, type Role } from '@sexhandel/shared';
import type { Account } from '../account.entity';

/** The signed-in account as the API shows it: never the e-mail address. */
export class MeResponseDto implements MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() alias!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export function toMeResponse(account: Account): MeResponseDto {
  return { id: account.id, alias: account.alias, roles: [...account.roles], joinedAt: account.createdAt.toISOString() };
}
