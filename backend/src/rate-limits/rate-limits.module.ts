import { EntityManager } from '@mikro-orm/postgresql';
import { Global, Module } from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';
import { RateLimitsRepository } from './rate-limits.repository';
import { RateLimitsService } from './rate-limits.service';

/** Counters shared by every node (see RateLimitsService). Global: accounts and contact count with it. */
@Global()
@Module({
  providers: [
    RateLimitsRepository,
    {
      provide: RateLimitsService,
      inject: [EntityManager, FieldCipher, RateLimitsRepository],
      useFactory: (em: EntityManager, cipher: FieldCipher, repository: RateLimitsRepository) =>
        new RateLimitsService(em, cipher, repository),
    },
  ],
  exports: [RateLimitsService],
})
export class RateLimitsModule {}
