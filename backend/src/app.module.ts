import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CryptoModule } from './crypto/crypto.module';
import type { OrmSetup } from './database/orm-options';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logging/logger-options';

/** Feature modules, in one place so tests and the app load the same set. */
export const FEATURE_MODULES = [HealthModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, orm: OrmSetup): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        MikroOrmModule.forRoot({ ...orm.options, registerRequestContext: true }),
        CryptoModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
