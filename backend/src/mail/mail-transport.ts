import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { MailOutbox } from './mail-outbox';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** A queued mail as it leaves: the same Message-ID and Date on every try. */
export interface MailToSend extends OutgoingMail {
  messageId: string;
  date: Date;
}

/** Why a try failed, as codes only: SMTP replies and error texts can quote the address. */
export interface MailFailure {
  code: string;
  /** The server refused this message for good (5xx to the envelope or the data): no retry helps. */
  permanent: boolean;
}

export function describeMailFailure(error: unknown): MailFailure {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,31}$/.test(code) ? code : 'ERROR';
  const reply = typeof responseCode === 'number' && Number.isInteger(responseCode) ? responseCode : null;
  return {
    code: reply === null ? name : `${name} ${reply}`,
    permanent: (name === 'EENVELOPE' || name === 'EMESSAGE') && reply !== null && reply >= 500 && reply < 600,
  };
}

/**
 * Where mail goes: the SMTP server of SMTP_URL, or, without one, the sealed outbox under
 * DATA_DIR/mail/ (one file per message, opened with `npm run cli -- mail-show`). Only the mail
 * worker calls `send`, never inside a database transaction.
 */
@Injectable()
export class MailTransport {
  private smtp: Transporter | null = null;
  private readonly from: string;
  readonly outbox: MailOutbox;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    cipher: FieldCipher,
  ) {
    this.from = `Sexhandel <no-reply@${mailDomain(config)}>`;
    this.outbox = new MailOutbox(mailOutboxDir(config), cipher);
  }

  get via(): 'smtp' | 'outbox' {
    return this.config.smtpUrl ? 'smtp' : 'outbox';
  }

  async send(mail: MailToSend): Promise<void> {
    const message = {
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      date: mail.date,
    };
    if (this.config.smtpUrl) {
      // Bounded, so a hung server costs a try, not a stuck worker (the claim's lease outlasts these).
      // Query parameters in SMTP_URL still override them.
      this.smtp ??= createTransport({
        url: this.config.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      await this.smtp.sendMail(message);
      return;
    }
    const rendered = (await createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(
      message,
    )) as { message: Buffer };
    await this.outbox.write(rendered.message);
  }

  /** The worker closes it once its last send is recorded. */
  close(): void {
    this.smtp?.close();
    this.smtp = null;
  }
}

/** The host name mail is sent from and its Message-IDs end in: PUBLIC_URL's. */
export function mailDomain(config: AppConfig): string {
  return new URL(config.publicUrl).hostname;
}

export function mailOutboxDir(config: AppConfig): string {
  return join(config.dataDir, 'mail');
}
