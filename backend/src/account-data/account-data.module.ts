import { Module } from '@nestjs/common';
import { PasswordHasher } from '../accounts/password-hasher';
import { AccountDataController } from './account-data.controller';
import { AccountDataService } from './account-data.service';

/** Download my data and delete my account. Knows the forum tables it must clean up. */
@Module({
  controllers: [AccountDataController],
  providers: [AccountDataService, PasswordHasher],
})
export class AccountDataModule {}
