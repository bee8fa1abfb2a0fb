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
import { AccountsRepository } from './accounts.repository';
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
 * answers the same for every address, and the look-up and the queuing of the mail run after the
 * answer, so neither the answer nor its timing tells whether an address belongs to an account.
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
    private readonly accounts: AccountsRepository,
  ) {}

  /** Throws 429 past the per-client limit; otherwise the link (if any) is sent in the background. */
  async requestReset(input: PasswordResetRequestDto, clientAddress: string | undefined): Promise<void> {
    // The same one statement for every address: the counter's timing tells nothing about it.
    await this.limiter.consumeResetRequest(clientAddress);
    const work: Promise<void> = this.sendResetLink(input.email)
      .catch((error: unknown) => {
        // Never the address: only that a link could not be made or sent.
        this.logger.error(
          `A password-reset link was not sent: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  /** Waits until every link asked for so far is stored and its mail queued (tests; shutdown). */
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
      const id = await this.accounts.takeResetLink(tx, tokenHash, new Date());
      if (!id) throw authErrors.resetLinkInvalid();
      await tx.nativeUpdate(Account, { id }, { passwordHash });
      await tx.nativeDelete(Session, { account: id });
      await tx.nativeDelete(PasswordReset, { account: id });
      return id;
    });
    const account = await em.findOne(Account, { id: accountId });
    // Whoever locked the alias with wrong guesses no longer holds the person out.
    if (account) await this.limiter.recordLoginSuccess(account.aliasKey);
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
    const link = `${this.config.publicUrl}${PASSWORD_RESET_PATH}#${token}`;
    const to = this.cipher.decrypt(account.emailSealed, EMAIL_CONTEXT);
    // The link and its mail are stored together: the mail worker sends it after this commit.
    await em.transactional(async (tx) => {
      await tx.nativeDelete(PasswordReset, { expiresAt: { $lte: now } });
      tx.persist(
        new PasswordReset(
          hashToken(token),
          tx.getReference(Account, account.id),
          new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * MINUTE),
        ),
      );
      await this.mail.enqueue(tx, { to, subject: RESET_MAIL_SUBJECT, text: resetMailText(link) });
    });
  }
}
