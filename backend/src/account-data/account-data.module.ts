import { Global, Module } from '@nestjs/common';
import { PasswordHasher } from '../accounts/password-hasher';
import { AccountDataController } from './account-data.controller';
import { AccountDataRegistry } from './account-data.registry';
import { AccountDataService } from './account-data.service';

/**
 * Download my data and delete my account. Global so every feature can plug its part into the
 * AccountDataRegistry (in its onModuleInit) without this module knowing any feature.
 */
@Global()
@Module({
  controllers: [AccountDataController],
  providers: [AccountDataService, AccountDataRegistry, PasswordHasher],
  exports: [AccountDataRegistry],
})
export class AccountDataModule {}
