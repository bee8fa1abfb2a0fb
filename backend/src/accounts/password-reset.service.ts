import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { PASSWORD_RESET_PATH, PASSWORD_RESET_TTL_MINUTES } from '@sexhandel/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FieldCipher } from '../crypto/field-cipher';
import { MailService } from '../mail/mail.service';
import { Account } from './account.entity';
import { EMAIL_CONTEXT } from './accounts.service';
import { normaliseEmail } from './alias';
import { authErrors } from './auth-errors';
import { AuthRateLimiter } from './auth-rate-limiter';
import type { PasswordResetDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { PasswordHasher } from './password-hasher';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';

const MINUTE = 60_000;
/** Links one account can be sent per hour, so nobody can flood a person's inbox with them. */
export const RESET_LINKS_PER_ACCOUNT_PER_HOUR = 3;
/** Neutral: neither the subject nor the text names the service's subject or the account. */
export const RESET_MAIL_SUBJECT = 'Nytt passord';

function resetMailText(link: string): string {
  return [
    'Hei,',
    '',
    'Du, eller noen som kjenner e-postadressen din, har bedt om å få lage et nytt passord.',
    `Åpne lenken innen ${PASSWORD_RESET_TTL_MINUTES} minutter for å velge et nytt passord:`,
    '',
    link,
    '',
    'Lenken virker bare én gang. Har du ikke bedt om dette, kan du se bort fra e-posten: passordet ditt er ikke endret.',
    'Denne e-posten kan ikke besvares.',
  ].join('\n');
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Password reset by a mailed, single-use link: the one use of a member's e-mail address. Asking
 * answers the same for every address, and the look-up and the mail run after the answer, so
 * neither the answer nor its timing tells whether an address belongs to an account.
 */
@Injectable()
export class PasswordResetService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly em: EntityManager,
    private readonly cipher: FieldCipher,
    private readonly hasher: PasswordHasher,
    private readonly limiter: AuthRateLimiter,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws 429 past the per-client limit; otherwise the link (if any) is sent in the background. */
  requestReset(input: PasswordResetRequestDto, clientAddress: string | undefined): void {
    this.limiter.consumeResetRequest(clientAddress);
    const work: Promise<void> = this.sendResetLink(input.email)
      .catch((error: unknown) => {
        // Never the address: only that a link could not be made or sent.
        this.logger.error(`A password-reset link was not sent: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Waits until every link asked for so far is stored and sent (tests; shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /**
   * Sets the new password, uses up every link of the account and ends all its sessions. A link
   * that is unknown, used or expired is refused before the (slow) password hash is computed.
   */
  async completeReset(input: PasswordResetDto): Promise<void> {
    const tokenHash = hashToken(input.token);
    const em = this.em.fork();
    const link = await em.findOne(PasswordReset, { tokenHash, expiresAt: { $gt: new Date() } });
    if (!link) throw authErrors.resetLinkInvalid();
    const passwordHash = await this.hasher.hashPassword(input.password);
    const accountId = await em.transactional(async (tx) => {
      // Taking the link and checking it in one statement: of two uses at once, one wins.
      const taken = await tx
        .getConnection()
        .execute<{ account_id: string }[]>(
          'delete from password_reset where token_hash = ? and expires_at > ? returning account_id',
          [tokenHash, new Date()],
          'all',
          tx.getTransactionContext(),
        );
      const id = taken[0]?.account_id;
      if (!id) throw authErrors.resetLinkInvalid();
      await tx.nativeUpdate(Account, { id }, { passwordHash });
      await tx.nativeDelete(Session, { account: id });
      await tx.nativeDelete(PasswordReset, { account: id });
      return id;
    });
    const account = await em.findOne(Account, { id: accountId });
    // Whoever locked the alias with wrong guesses no longer holds the person out.
    if (account) this.limiter.recordLoginSuccess(account.aliasKey);
  }

  private async sendResetLink(email: string): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOne(Account, {
      emailIndex: this.cipher.blindIndex(normaliseEmail(email), EMAIL_CONTEXT),
    });
    if (!account) return;
    const now = new Date();
    const recent = await em.count(PasswordReset, {
      account: account.id,
      createdAt: { $gt: new Date(now.getTime() - 60 * MINUTE) },
    });
    if (recent >= RESET_LINKS_PER_ACCOUNT_PER_HOUR) return;
    const token = randomBytes(32).toString('base64url');
    await em.transactional(async (tx) => {
      await tx.nativeDelete(PasswordReset, { expiresAt: { $lte: now } });
      tx.persist(
        new PasswordReset(
          hashToken(token),
          tx.getReference(Account, account.id),
          new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * MINUTE),
        ),
      );
    });
    const link = `${this.config.publicUrl}${PASSWORD_RESET_PATH}#${token}`;
    const to = this.cipher.decrypt(account.emailSealed, EMAIL_CONTEXT);
    await this.mail.sendMail({ to, subject: RESET_MAIL_SUBJECT, text: resetMailText(link) });
  }
}
