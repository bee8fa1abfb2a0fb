import type { TransactionEventArgs } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';
import { openQueuedMail } from './mail-sealing';
import { describeMailFailure, MailTransport, type OutgoingMail } from './mail-transport';
import { MailRepository, type ClaimedMail } from './mail.repository';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** No row (sent, given up or still trying) outlives this: the address is never kept past a day. */
export const MAIL_KEPT_MS = 24 * HOUR;

export interface MailQueueSettings {
  /** How often each node looks for due mail (a commit that queues mail on this node wakes it at once). */
  pollMs: number;
  /** Rows one claim takes; they are sent side by side. */
  batchSize: number;
  /** How long a claimed row is this node's: longer than one send can take with the SMTP timeouts. */
  leaseMs: number;
  /** The wait after the first failed try; it doubles after each, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Tries before the mail is given up and its sealed message erased. */
  maxAttempts: number;
}

/** 30 s, 1, 2, 4 … 32 min, then hourly: ten tries over about three hours. */
export const DEFAULT_MAIL_QUEUE_SETTINGS: MailQueueSettings = {
  pollMs: 15_000,
  batchSize: 10,
  leaseMs: 2 * MINUTE,
  retryBaseMs: 30_000,
  retryMaxMs: HOUR,
  maxAttempts: 10,
};

/** The outermost transaction: a savepoint's commit is not the commit that makes the row visible. */
function rootTransaction(trx: object): object {
  let current = trx as { parentTransaction?: object };
  while (current.parentTransaction) current = current.parentTransaction as { parentTransaction?: object };
  return current;
}

/**
 * Sends queued mail after the commit that queued it, on any node: claims due rows (FOR UPDATE SKIP
 * LOCKED, one short statement), sends them outside any transaction (a slow SMTP server holds no
 * database connection), then records the outcome: sent (the sealed message erased), a retry with
 * exponential backoff, or given up after the last try or a permanent refusal. Delivery is at least
 * once: a node that dies after sending but before recording sends again when the lease ends, with
 * the same Message-ID. Also deletes rows older than a day, hourly.
 */
@Injectable()
export class MailWorker
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(MailWorker.name);
  private settings: MailQueueSettings = { ...DEFAULT_MAIL_QUEUE_SETTINGS };
  /** Transactions (outermost) that queued mail and have not committed yet. */
  private readonly awaitingCommit = new WeakSet<object>();
  private run: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private poll: NodeJS.Timeout | null = null;
  private retention: NodeJS.Timeout | null = null;
  private firstRetention: NodeJS.Timeout | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly transport: MailTransport,
    private readonly repository: MailRepository,
  ) {}

  onModuleInit(): void {
    this.em.getEventManager().registerSubscriber({
      afterTransactionCommit: (args: TransactionEventArgs) => {
        if (args.transaction && this.awaitingCommit.delete(args.transaction)) void this.kick();
      },
      afterTransactionRollback: (args: TransactionEventArgs) => {
        if (args.transaction) this.awaitingCommit.delete(args.transaction);
      },
    });
  }

  onApplicationBootstrap(): void {
    this.startPolling();
    const purge = () => {
      this.deleteExpired(new Date()).catch((error: unknown) => this.logFailure('Mail retention run failed', error));
    };
    this.firstRetention = setTimeout(purge, MINUTE).unref();
    this.retention = setInterval(purge, HOUR).unref();
  }

  /** No more polls; a commit that queues mail while other modules wind down still wakes the worker. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of [this.poll, this.retention]) if (timer) clearInterval(timer);
    if (this.firstRetention) clearTimeout(this.firstRetention);
    this.poll = this.retention = this.firstRetention = null;
    await this.run;
  }

  /**
   * After every module's beforeApplicationShutdown (password reset waits for its links there) and
   * before the global modules close the ORM: a send under way finishes and is recorded; what is
   * still queued waits for the next start or another node.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.run;
    this.transport.close();
  }

  /** Tests shorten the intervals; what is not given keeps its value. */
  configure(settings: Partial<MailQueueSettings>): void {
    this.settings = { ...this.settings, ...settings };
    if (this.poll) this.startPolling();
  }

  /** Called by MailService.enqueue: wakes the worker once the transaction that queued the mail commits. */
  wakeAfterCommit(em: EntityManager): void {
    const trx = em.getTransactionContext<object>();
    if (trx) this.awaitingCommit.add(rootTransaction(trx));
    else void this.kick();
  }

  /** Sends everything due now (and what a wake during the run adds); resolves when done. */
  drain(): Promise<void> {
    return this.kick();
  }

  /** Deletes every row written more than a day before `now`, sent or not; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const deleted = await this.repository.deleteCreatedBefore(new Date(now.getTime() - MAIL_KEPT_MS), this.em.fork());
    if (deleted > 0) this.logger.log(`Deleted ${deleted} mail queue row(s) older than a day`);
    return deleted;
  }

  private startPolling(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = setInterval(() => void this.kick(), this.settings.pollMs).unref();
  }

  /** One run at a time on this node; a wake during a run makes it go round once more. */
  private kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.run) {
      this.again = true;
      return this.run;
    }
    const run = (async () => {
      do {
        this.again = false;
        await this.deliverDue();
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) => this.logFailure('Mail delivery run failed', error))
      .finally(() => {
        this.run = null;
      });
    this.run = run;
    return run;
  }

  private async deliverDue(): Promise<void> {
    const em = this.em.fork();
    for (;;) {
      const { batchSize, leaseMs } = this.settings;
      const claimed = await this.repository.claimDue(batchSize, leaseMs, em);
      await Promise.all(claimed.map((row) => this.deliver(em, row)));
      if (claimed.length < batchSize || this.stopped) return;
    }
  }

  private async deliver(em: EntityManager, row: ClaimedMail): Promise<void> {
    let mail: OutgoingMail;
    try {
      mail = openQueuedMail(this.cipher, row.id, row.message_sealed);
    } catch {
      await this.repository.giveUp(row.id, 'UNREADABLE', em);
      this.logger.error(`Mail ${row.message_id} does not open with this DATA_KEY: given up`);
      return;
    }
    try {
      await this.transport.send({ ...mail, messageId: row.message_id, date: new Date(row.created_at) });
    } catch (error) {
      const failure = describeMailFailure(error);
      const { maxAttempts, retryBaseMs, retryMaxMs } = this.settings;
      if (failure.permanent || row.attempts >= maxAttempts) {
        await this.repository.giveUp(row.id, failure.code, em);
        this.logger.error(`Mail ${row.message_id} not sent (${failure.code}), try ${row.attempts}: given up`);
        return;
      }
      const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** (row.attempts - 1));
      await this.repository.scheduleRetry(row.id, delay, failure.code, em);
      this.logger.warn(
        `Mail ${row.message_id} not sent (${failure.code}), try ${row.attempts} of ${maxAttempts}; next in ${Math.round(delay / 1000)} s`,
      );
      return;
    }
    await this.repository.markSent(row.id, em);
  }

  private logFailure(what: string, error: unknown): void {
    this.logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
