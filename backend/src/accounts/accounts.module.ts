import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRateLimiter, authRateLimitsFromEnv } from './auth-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { SessionResolver } from './session-resolver';

/** Accounts, sessions, password reset and the global guard. Global so any module can inject SessionResolver. */
@Global()
@Module({
  imports: [MailModule],
  controllers: [AuthController, PasswordResetController],
  providers: [
    AccountsService,
    PasswordResetService,
    SessionResolver,
    PasswordHasher,
    { provide: AuthRateLimiter, useFactory: () => new AuthRateLimiter(authRateLimitsFromEnv(process.env)) },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, SessionResolver, AuthRateLimiter],
})
export class AccountsModule {}
