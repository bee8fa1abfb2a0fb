import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../accounts/actor';
import { CurrentActor, Public, Roles } from '../accounts/auth.decorators';
import { KeysetPageQuery } from '../common/keyset-page.query';
import { UuidParam } from '../common/uuid-param';
import { AuditLogService } from './audit-log.service';
import {
  BlockedDomainInput,
  FlagDismissalInput,
  FlagQueueQuery,
  RemovalInput,
  StaffRolesInput,
  SuspensionInput,
} from './dto/moderation.inputs';
import {
  AuditPageResponse,
  BlockedDomainListResponse,
  BlockedDomainResponse,
  FlagDismissalResponse,
  FlagQueueResponse,
  ModlogPageResponse,
  PostRestoreResponse,
  RemovalDetailResponse,
  RemovalPageResponse,
  RemovalResponse,
  StaffMemberResponse,
  SuspensionResponse,
} from './dto/moderation.responses';
import { LinkPolicyService } from './link-policy.service';
import { ModerationService } from './moderation.service';
import { StaffService } from './staff.service';
import { SuspensionService } from './suspension.service';

/** Staff moderation endpoints. There is deliberately no route that changes a post's text or a thread's title. */
@ApiTags('moderation')
@Controller('admin')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditLogService,
    private readonly staff: StaffService,
    private readonly suspensions: SuspensionService,
    private readonly links: LinkPolicyService,
  ) {}

  @Get('staff')
  @Roles('admin')
  @ApiOperation({ summary: 'Staff accounts and their roles (never e-mail)' })
  @ApiOkResponse({ type: [StaffMemberResponse] })
  listStaff(): Promise<StaffMemberResponse[]> {
    return this.staff.listStaff();
  }

  @Put('staff/:alias/roles')
  @ApiConflictResponse({ description: 'An admin cannot withdraw their own admin role (`own_admin`)' })
  @Roles('admin')
  @ApiOperation({ summary: "Set an account's staff roles (audited)" })
  @ApiOkResponse({ type: StaffMemberResponse })
  setStaffRoles(
    @CurrentActor() actor: Actor,
    @Param('alias') alias: string,
    @Body() input: StaffRolesInput,
  ): Promise<StaffMemberResponse> {
    return this.staff.setStaffRoles(actor, alias, input.roles);
  }

  @Get('flags')
  @Roles('moderator')
  @ApiOperation({ summary: 'Flag queue: flagged posts grouped per post, oldest flag first' })
  @ApiOkResponse({ type: FlagQueueResponse })
  listFlaggedPosts(@Query() query: FlagQueueQuery): Promise<FlagQueueResponse> {
    return this.moderation.listFlaggedPosts(query.rule);
  }

  @Post('posts/:id/flag-dismissal')
  @ApiConflictResponse({
    description: 'The post is removed, or has no open flags (`already_removed`, `no_open_flags`)',
  })
  @Roles('moderator')
  @HttpCode(200)
  @ApiOperation({ summary: "Dismiss a post's open flags (a hidden post is shown again; audited)" })
  @ApiOkResponse({ type: FlagDismissalResponse })
  dismissFlags(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() input: FlagDismissalInput,
  ): Promise<FlagDismissalResponse> {
    return this.moderation.dismissFlags(actor, id, input.note);
  }

  @Post('posts/:id/removal')
  @Roles('moderator')
  @ApiOperation({
    summary: 'Remove a post under a rule with a public note; the text goes to the staff-only archive (audited)',
  })
  @ApiCreatedResponse({ type: RemovalResponse })
  @ApiConflictResponse({ description: 'The post is already removed (`already_removed`)' })
  removePost(
    @CurrentActor() actor: Actor,
    @UuidParam() id: string,
    @Body() input: RemovalInput,
  ): Promise<RemovalResponse> {
    return this.moderation.removePost(actor, id, input);
  }

  @Delete('posts/:id/removal')
  @ApiConflictResponse({ description: 'The post is not removed (`not_removed`)' })
  @Roles('moderator')
  @ApiOperation({ summary: 'Restore a removed post (audited)' })
  @ApiOkResponse({ type: PostRestoreResponse })
  restorePost(@CurrentActor() actor: Actor, @UuidParam() id: string): Promise<PostRestoreResponse> {
    return this.moderation.restorePost(actor, id);
  }

  @Get('removals')
  @Roles('moderator')
  @ApiOperation({ summary: 'Removal archive, newest first' })
  @ApiOkResponse({ type: RemovalPageResponse })
  listRemovals(@Query() query: KeysetPageQuery): Promise<RemovalPageResponse> {
    return this.moderation.listRemovals(query);
  }

  @Get('removals/:id')
  @Roles('moderator')
  @ApiOperation({ summary: 'One removal with the archived text' })
  @ApiOkResponse({ type: RemovalDetailResponse })
  getRemoval(@UuidParam() id: string): Promise<RemovalDetailResponse> {
    return this.moderation.getRemoval(id);
  }

  @Get('audit')
  @Roles('moderator')
  @ApiOperation({ summary: 'Audit log of staff actions, newest first (append-only)' })
  @ApiOkResponse({ type: AuditPageResponse })
  listAuditEntries(@Query() query: KeysetPageQuery): Promise<AuditPageResponse> {
    return this.audit.listAuditEntries(query);
  }

  @Post('members/:alias/suspension')
  @Roles('moderator')
  @ApiOperation({ summary: 'Suspend a member until a future date (audited)' })
  @ApiCreatedResponse({ type: SuspensionResponse })
  suspendMember(
    @CurrentActor() actor: Actor,
    @Param('alias') alias: string,
    @Body() input: SuspensionInput,
  ): Promise<SuspensionResponse> {
    return this.suspensions.suspendMember(actor, alias, input);
  }

  @Delete('members/:alias/suspension')
  @Roles('moderator')
  @HttpCode(204)
  @ApiOperation({ summary: 'Lift a suspension (audited)' })
  liftSuspension(@CurrentActor() actor: Actor, @Param('alias') alias: string): Promise<void> {
    return this.suspensions.liftSuspension(actor, alias);
  }

  @Get('blocked-domains')
  @Roles('moderator')
  @ApiOperation({ summary: 'Link blocklist' })
  @ApiOkResponse({ type: BlockedDomainListResponse })
  async listBlockedDomains(): Promise<BlockedDomainListResponse> {
    return { items: await this.links.listBlockedDomains() };
  }

  @Post('blocked-domains')
  @Roles('moderator')
  @ApiOperation({ summary: 'Block a domain and its subdomains (audited)' })
  @ApiCreatedResponse({ type: BlockedDomainResponse })
  @ApiConflictResponse({ description: 'The domain is already blocked (`already_blocked`)' })
  addBlockedDomain(@CurrentActor() actor: Actor, @Body() input: BlockedDomainInput): Promise<BlockedDomainResponse> {
    return this.links.addBlockedDomain(actor, input.domain);
  }

  @Delete('blocked-domains/:domain')
  @Roles('moderator')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unblock a domain (audited)' })
  removeBlockedDomain(@CurrentActor() actor: Actor, @Param('domain') domain: string): Promise<void> {
    return this.links.removeBlockedDomain(actor, domain);
  }
}

/** The public moderation log: how the rules are applied, without the removed words or names. */
@ApiTags('moderation')
@Controller('modlog')
export class ModlogController {
  constructor(private readonly moderation: ModerationService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Public moderation log: date, action, rule, thread (never the text, the author or the moderator)',
  })
  @ApiOkResponse({ type: ModlogPageResponse })
  listModlogEntries(@Query() query: KeysetPageQuery): Promise<ModlogPageResponse> {
    return this.moderation.listModlogEntries(query);
  }
}
