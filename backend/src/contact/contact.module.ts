import { Module, RequestMethod, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { AccountDataRegistry } from '../account-data/account-data.registry';
import { MailModule } from '../mail/mail.module';
import { MutationHandlerRegistry } from '../sync/mutation-handler.registry';
import { ContactCreateHandler } from './contact-create.handler';
import { ContactClientMiddleware, ContactRateLimiter } from './contact-rate-limiter';
import { ContactReplyHandler } from './contact-reply.handler';
import { ContactRetention } from './contact-retention';
import { ContactController, ContactInboxController } from './contact.controller';
import { ContactAccountData } from './contact.account-data';
import { ContactRepository } from './contact.repository';
import { ContactService } from './contact.service';
import { PickupCodes } from './pickup-codes';
import { QaController } from './qa.controller';
import { QaService } from './qa.service';

/**
 * Counselling: `contact.create`/`contact.reply` mutations, reading with a pick-up code, the
 * counsellor inbox, the retention job and public questions and answers.
 */
@Module({
  imports: [MailModule],
  controllers: [ContactController, ContactInboxController, QaController],
  providers: [
    ContactService,
    ContactRepository,
    ContactAccountData,
    QaService,
    PickupCodes,
    ContactRetention,
    ContactCreateHandler,
    ContactReplyHandler,
    ContactClientMiddleware,
    ContactRateLimiter,
  ],
  exports: [ContactService, ContactRepository, ContactRetention, ContactRateLimiter],
})
export class ContactModule implements OnModuleInit, NestModule {
  constructor(
    private readonly registry: MutationHandlerRegistry,
    private readonly contactCreate: ContactCreateHandler,
    private readonly contactReply: ContactReplyHandler,
    private readonly accountData: AccountDataRegistry,
    private readonly contactAccountData: ContactAccountData,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.contactCreate);
    this.registry.register(this.contactReply);
    this.accountData.register(this.contactAccountData);
  }

  /** Wrong-code counters need the client: only these routes get its (keyed, unstored) key. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(ContactClientMiddleware)
      .forRoutes(
        { path: 'sync/push', method: RequestMethod.POST },
        { path: 'contact/conversation', method: RequestMethod.POST },
        { path: 'contact/qa-decision', method: RequestMethod.POST },
      );
  }
}
