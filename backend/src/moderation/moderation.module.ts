import { Module, type OnModuleInit } from '@nestjs/common';
import { ForumHooks } from '../forum/forum-hooks';
import { ForumModule } from '../forum/forum.module';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { AuditLogService } from './audit-log.service';
import { LinkPolicyService } from './link-policy.service';
import { ModerationController, ModlogController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { StaffService } from './staff.service';
import { SuspensionService } from './suspension.service';

/** Flag queue, removals with a staff-only archive, audit and public log, suspensions, link blocklist, staff roles. */
@Module({
  imports: [ForumModule],
  controllers: [ModerationController, ModlogController],
  providers: [AuditLogService, ModerationService, StaffService, SuspensionService, LinkPolicyService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly hooks: ForumHooks,
    private readonly registry: MutationHandlerRegistry,
    private readonly moderation: ModerationService,
    private readonly suspensions: SuspensionService,
    private readonly links: LinkPolicyService,
  ) {}

  onModuleInit(): void {
    this.hooks.addFlagListener((event) => this.moderation.hideFlaggedPost(event));
    this.hooks.addPostingCheck((attempt) => this.links.refuseBlockedLinks(attempt));
    this.registry.addAccountGate((context, kind) => this.suspensions.refuseSuspended(context, kind));
  }
}
