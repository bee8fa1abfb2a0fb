import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '../common/sql';

/** A row a worker has claimed: it holds the lease until `next_attempt_at`. */
export interface ClaimedMail {
  id: string;
  message_id: string;
  message_sealed: string;
  /** A Date (PGlite) or text (PostgreSQL): the driver's choice for raw queries. */
  created_at: Date | string;
  /** Tries begun, this one included. */
  attempts: number;
}

/**
 * The mail feature's SQL, the only place that names its table (mail_queue). Times come from the
 * database clock, so nodes with slightly different clocks agree on what is due.
 */
@Injectable()
export class MailRepository {
  constructor(private readonly em: EntityManager) {}

  /** In `em`'s transaction when it has one: a rolled-back cause leaves no mail behind. */
  async insert(em: EntityManager, id: string, messageId: string, messageSealed: string): Promise<void> {
    await sqlIn(
      em,
      `insert into mail_queue (id, message_id, message_sealed, created_at, attempts, next_attempt_at)
       values (?, ?, ?, now(), 0, now())`,
      [id, messageId, messageSealed],
    );
  }

  /**
   * Claims up to `limit` due rows in one statement (its own short transaction): rows another node is
   * claiming are skipped, not waited for, and each claimed row counts a try and is leased for
   * `leaseMs` (due again then, should this node die before it records the outcome).
   */
  claimDue(limit: number, leaseMs: number, em: EntityManager = this.em): Promise<ClaimedMail[]> {
    return sqlIn(
      em,
      `update mail_queue m
       set attempts = m.attempts + 1, next_attempt_at = now() + ?::float8 * interval '1 millisecond'
       from (select id from mail_queue
             where next_attempt_at <= now() and message_sealed is not null
             order by next_attempt_at, id limit ? for update skip locked) due
       where m.id = due.id
       returning m.id, m.message_id, m.message_sealed, m.created_at, m.attempts`,
      [leaseMs, limit],
    );
  }

  /** Sent: the address, subject and text are erased; id, Message-ID and time stay until the retention. */
  async markSent(id: string, em: EntityManager = this.em): Promise<void> {
    await sqlIn(
      em,
      `update mail_queue set sent_at = now(), message_sealed = null, next_attempt_at = null, last_error = null
       where id = ? and sent_at is null`,
      [id],
    );
  }

  async scheduleRetry(id: string, delayMs: number, error: string, em: EntityManager = this.em): Promise<void> {
    await sqlIn(
      em,
      `update mail_queue set next_attempt_at = now() + ?::float8 * interval '1 millisecond', last_error = ?
       where id = ? and sent_at is null and message_sealed is not null`,
      [delayMs, error, id],
    );
  }

  /** No more tries: the sealed message is erased at once; the error code stays until the retention. */
  async giveUp(id: string, error: string, em: EntityManager = this.em): Promise<void> {
    await sqlIn(
      em,
      `update mail_queue set message_sealed = null, next_attempt_at = null, last_error = ?
       where id = ? and sent_at is null`,
      [error, id],
    );
  }

  /** Deletes every row written before `cutoff`, whatever its state; returns how many. */
  async deleteCreatedBefore(cutoff: Date, em: EntityManager = this.em): Promise<number> {
    const rows = await sqlIn<{ id: string }>(em, 'delete from mail_queue where created_at < ? returning id', [cutoff]);
    return rows.length;
  }
}
