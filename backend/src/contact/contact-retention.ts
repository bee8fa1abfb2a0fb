import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { Conversation } from './conversation.entity';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const FIRST_RUN_DELAY = 60_000;

/**
 * Deletes every conversation (its messages and notes go with it, by foreign-key cascade) whose
 * last message is older than CONTACT_RETENTION_DAYS, and outbox mail (answers waiting without
 * SMTP_URL) written before that. Runs a minute after start and hourly after that; the timer never
 * keeps the process alive.
 */
@Injectable()
export class ContactRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ContactRetention.name);
  private timer: NodeJS.Timeout | null = null;
  private firstRun: NodeJS.Timeout | null = null;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => {
      this.deleteExpired(new Date()).catch((error: unknown) => {
        this.logger.error(`Contact retention run failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    };
    // A first run soon after start, so a server restarted often still deletes on time.
    this.firstRun = setTimeout(run, FIRST_RUN_DELAY).unref();
    this.timer = setInterval(run, HOUR).unref();
  }

  onApplicationShutdown(): void {
    if (this.firstRun) clearTimeout(this.firstRun);
    if (this.timer) clearInterval(this.timer);
    this.firstRun = null;
    this.timer = null;
  }

  /** Returns how many conversations and outbox mails were deleted. */
  async deleteExpired(now: Date): Promise<{ conversations: number; mails: number }> {
    const days = this.config.contactRetentionDays;
    const cutoff = new Date(now.getTime() - days * DAY);
    const conversations = await this.em.fork().nativeDelete(Conversation, { lastMessageAt: { $lt: cutoff } });
    const mails = await this.mail.outbox.deleteWrittenBefore(cutoff);
    if (conversations > 0) this.logger.log(`Deleted ${conversations} conversation(s) past the ${days}-day retention`);
    if (mails > 0) this.logger.log(`Deleted ${mails} outbox mail(s) past the ${days}-day retention`);
    return { conversations, mails };
  }
}
