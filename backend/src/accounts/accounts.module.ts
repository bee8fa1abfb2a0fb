import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountDataRegistry } from '../account-data/account-data.registry';
import { MailModule } from '../mail/mail.module';
import { AccountsAccountData } from './accounts.account-data';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRateLimiter, authRateLimitsFromEnv } from './auth-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
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
    AccountsRepository,
    AccountsAccountData,
    PasswordResetService,
    SessionResolver,
    PasswordHasher,
    {
      provide: AuthRateLimiter,
      inject: [RateLimitsService],
      useFactory: (counters: RateLimitsService) => new AuthRateLimiter(authRateLimitsFromEnv(process.env), counters),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, AccountsRepository, SessionResolver, AuthRateLimiter],
})
export class AccountsModule implements OnModuleInit {
  constructor(
    private readonly accountData: AccountDataRegistry,
    private readonly accountsAccountData: AccountsAccountData,
  ) {}

  onModuleInit(): void {
    this.accountData.register(this.accountsAccountData);
  }
}
