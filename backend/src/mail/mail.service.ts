import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { MailOutbox } from './mail-outbox';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Where a mail went: through SMTP, or into the sealed outbox (no SMTP_URL set). */
export type MailDelivery = { via: 'smtp'; messageId: string } | { via: 'outbox'; name: string };

/**
 * The one mail path of the app (counsellor answers). With SMTP_URL set, mail goes out through that
 * server; without it, each message waits encrypted in the outbox under DATA_DIR/mail/, so a small
 * installation works and nothing is lost or left readable. Never logs an address or a body.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private smtp: Transporter | null = null;
  private readonly from: string;
  readonly outbox: MailOutbox;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    cipher: FieldCipher,
  ) {
    this.from = `Sexhandel <no-reply@${new URL(config.publicUrl).hostname}>`;
    this.outbox = new MailOutbox(mailOutboxDir(config), cipher);
  }

  async sendMail(mail: OutgoingMail): Promise<MailDelivery> {
    const message = { from: this.from, to: mail.to, subject: mail.subject, text: mail.text };
    if (this.config.smtpUrl) {
      // Short timeouts: the answer is sent inside its database transaction (PGlite has one connection).
      // Query parameters in SMTP_URL still override them.
      this.smtp ??= createTransport({
        url: this.config.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      const info = (await this.smtp.sendMail(message)) as { messageId: string };
      return { via: 'smtp', messageId: info.messageId };
    }
    const rendered = (await createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(
      message,
    )) as { message: Buffer };
    return { via: 'outbox', name: await this.outbox.write(rendered.message) };
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}

export function mailOutboxDir(config: AppConfig): string {
  return join(config.dataDir, 'mail');
}
