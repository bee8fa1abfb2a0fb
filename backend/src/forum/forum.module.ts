import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountDataRegistry } from '../account-data/account-data.registry';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { ArticleDiscussionService } from './article-discussion.service';
import { FlagCreateHandler } from './flag-create.handler';
import { ForumAccountData } from './forum.account-data';
import { ForumController } from './forum.controller';
import { ForumHooks } from './forum-hooks';
import { ForumPostingRules } from './forum-posting.rules';
import { ForumRepository } from './forum.repository';
import { ForumMemberDataRepository } from './forum-member-data.repository';
import { ForumService } from './forum.service';
import { PostCreateHandler } from './post-create.handler';
import { ThreadCreateHandler } from './thread-create.handler';

/** Threads, posts, flags: public reads here, writes as sync mutations (thread.create, post.create, flag.create). */
@Module({
  controllers: [ForumController],
  providers: [
    ForumService,
    ForumRepository,
    ForumMemberDataRepository,
    ForumAccountData,
    ForumHooks,
    ArticleDiscussionService,
    ForumPostingRules,
    ThreadCreateHandler,
    PostCreateHandler,
    FlagCreateHandler,
  ],
  exports: [ForumService, ForumRepository, ForumMemberDataRepository, ForumHooks, ArticleDiscussionService],
})
export class ForumModule implements OnModuleInit {
  constructor(
    private readonly registry: MutationHandlerRegistry,
    private readonly threadCreate: ThreadCreateHandler,
    private readonly postCreate: PostCreateHandler,
    private readonly flagCreate: FlagCreateHandler,
    private readonly accountData: AccountDataRegistry,
    private readonly forumAccountData: ForumAccountData,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.threadCreate);
    this.registry.register(this.postCreate);
    this.registry.register(this.flagCreate);
    this.accountData.register(this.forumAccountData);
  }
}
