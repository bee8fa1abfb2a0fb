import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountDataRegistry } from '../account-data/account-data.registry';
import { ContentModule } from '../content/content.module';
import { ForumHooks } from '../forum/forum-hooks';
import { ForumModule } from '../forum/forum.module';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { AuditLogService } from './audit-log.service';
import { LinkPolicyService } from './link-policy.service';
import { ModerationAccountData } from './moderation.account-data';
import { ModerationController, ModlogController } from './moderation.controller';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { StaffService } from './staff.service';
import { SuspensionService } from './suspension.service';

/** Flag queue, removals with a staff-only archive, audit and public log, suspensions, link blocklist, staff roles. */
@Module({
  imports: [ForumModule, ContentModule],
  controllers: [ModerationController, ModlogController],
  exports: [AuditLogService, ModerationRepository, ModerationService],
  providers: [
    ModerationRepository,
    ModerationAccountData,
    AuditLogService,
    ModerationService,
    StaffService,
    SuspensionService,
    LinkPolicyService,
  ],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly hooks: ForumHooks,
    private readonly registry: MutationHandlerRegistry,
    private readonly moderation: ModerationService,
    private readonly suspensions: SuspensionService,
    private readonly links: LinkPolicyService,
    private readonly accountData: AccountDataRegistry,
    private readonly moderationAccountData: ModerationAccountData,
  ) {}

  onModuleInit(): void {
    this.hooks.addFlagListener((event) => this.moderation.hideFlaggedPost(event));
    this.hooks.addPostingCheck((attempt) => this.links.refuseBlockedLinks(attempt));
    this.registry.addAccountGate((context, kind) => this.suspensions.refuseSuspended(context, kind));
    this.accountData.register(this.moderationAccountData);
  }
}
