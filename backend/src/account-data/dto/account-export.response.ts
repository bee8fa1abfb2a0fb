import { ApiProperty } from '@nestjs/swagger';
import { POST_STATUSES, ROLES, type AccountExportDto, type PostStatus, type Role } from '@sexhandel/shared';

export class AccountExportProfile {
  @ApiProperty() alias!: string;
  @ApiProperty({ description: 'Your own address; this download is the only place the API shows it' }) email!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) rulesAcceptedAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When you gave research consent; null when not given',
  })
  researchConsentAt!: string | null;
}

export class AccountExportPost {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) threadId!: string;
  @ApiProperty() threadTitle!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: POST_STATUSES }) status!: PostStatus;
  @ApiProperty({ description: 'As you wrote it' }) body!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) quotePostId!: string | null;
}

export class AccountExportFlag {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) postId!: string;
  @ApiProperty() rule!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AccountExportResponse implements AccountExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: AccountExportProfile }) profile!: AccountExportProfile;
  @ApiProperty({ type: [AccountExportPost] }) posts!: AccountExportPost[];
  @ApiProperty({ type: [AccountExportFlag] }) flags!: AccountExportFlag[];
}
