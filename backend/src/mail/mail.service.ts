import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Where a mail went: through SMTP, or into an .eml file (no SMTP_URL set). */
export type MailDelivery = { via: 'smtp'; messageId: string } | { via: 'file'; path: string };

/**
 * The one mail path of the app (counsellor answers, later password reset). With SMTP_URL set,
 * mail goes out through that server; without it, each message is written as an RFC 822 .eml file
 * under DATA_DIR/mail/ (mode 0600), so a small installation works and nothing is lost. Never logs
 * an address or a body.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private smtp: Transporter | null = null;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.from = `Sexhandel <no-reply@${new URL(config.publicUrl).hostname}>`;
  }

  get mailDir(): string {
    return join(this.config.dataDir, 'mail');
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
    )) as {
      message: Buffer;
    };
    await mkdir(this.mailDir, { recursive: true, mode: 0o700 });
    const path = join(
      this.mailDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(6).toString('hex')}.eml`,
    );
    await writeFile(path, rendered.message, { mode: 0o600, flag: 'wx' });
    return { via: 'file', path };
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
