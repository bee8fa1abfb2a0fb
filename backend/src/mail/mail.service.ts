import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import type { MailOutbox } from './mail-outbox';
import { sealQueuedMail } from './mail-sealing';
import { mailDomain, MailTransport, type OutgoingMail } from './mail-transport';
import { MailRepository } from './mail.repository';
import { MailWorker } from './mail.worker';

export type { OutgoingMail } from './mail-transport';

export interface QueuedMailRef {
  id: string;
  /** The Message-ID header every try of this mail carries. */
  messageId: string;
}

/**
 * The one mail path of the app (counsellor answers, password-reset links). A mail is queued,
 * sealed with DATA_KEY, in the caller's transaction, and the mail worker sends it after commit
 * (through SMTP_URL, or into the sealed outbox under DATA_DIR/mail/ without one). Never logs an
 * address or a body.
 */
@Injectable()
export class MailService {
  private readonly domain: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly repository: MailRepository,
    private readonly worker: MailWorker,
    private readonly transport: MailTransport,
  ) {
    this.domain = mailDomain(config);
  }

  /** Mail written without SMTP_URL waits here for the operator (`npm run cli -- mail-list`). */
  get outbox(): MailOutbox {
    return this.transport.outbox;
  }

  /**
   * Queues `mail` in `em`'s transaction (so a rolled-back cause sends nothing); it leaves once that
   * transaction commits. Without a transaction the row is written, and sent, at once.
   */
  async enqueue(em: EntityManager, mail: OutgoingMail): Promise<QueuedMailRef> {
    const id = randomUUID();
    const messageId = `<${randomUUID()}@${this.domain}>`;
    await this.repository.insert(em, id, messageId, sealQueuedMail(this.cipher, id, mail));
    this.worker.wakeAfterCommit(em);
    return { id, messageId };
  }
}
