import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing mail (SMTP_URL, or the sealed outbox under DATA_DIR/mail/). Import it where mail is sent. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
