import { Module } from '@nestjs/common';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail.worker';

/**
 * Outgoing mail: the queue (MailService.enqueue, in the caller's transaction) and the worker that
 * sends it after commit (SMTP_URL, or the sealed outbox under DATA_DIR/mail/). Import it where mail is sent.
 */
@Module({
  providers: [MailService, MailRepository, MailTransport, MailWorker],
  exports: [MailService, MailWorker],
})
export class MailModule {}
