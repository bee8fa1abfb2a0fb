import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module, type DynamicModule } from '@nestjs/common';
import { PublicPagesModule } from './public-pages/public-pages.module';
import { AccountDataModule } from './account-data/account-data.module';
import { AccountsModule } from './accounts/accounts.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import type { AppConfig } from './config/app-config';
import { ContactModule } from './contact/contact.module';
import { ContentModule } from './content/content.module';
import { ConfigModule } from './config/config.module';
import { CryptoModule } from './crypto/crypto.module';
import { FeedsModule } from './feeds/feeds.module';
import { ForumModule } from './forum/forum.module';
import type { OrmSetup } from './database/orm-options';
import { HealthModule } from './health/health.module';
import { InsightModule } from './insight/insight.module';
import { ModerationModule } from './moderation/moderation.module';
import { PhoneModule } from './phone/phone.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { ResponseCacheModule } from './response-cache/response-cache.module';
import { SearchModule } from './search/search.module';
import { StatsModule } from './stats/stats.module';
import { SurveyModule } from './survey/survey.module';
import { SyncModule } from './sync/sync.module';

/** Feature modules, in one place so tests and the app load the same set. */
export const FEATURE_MODULES = [
  AccountsModule,
  SyncModule,
  StatsModule,
  HealthModule,
  ContentModule,
  ForumModule,
  AccountDataModule,
  ContactModule,
  PhoneModule,
  SearchModule,
  FeedsModule,
  ModerationModule,
  CampaignsModule,
  InsightModule,
  SurveyModule,
  PublicPagesModule,
  ResponseCacheModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, orm: OrmSetup): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // The request context is a Fastify hook (app.factory.ts), after the ones that answer without the ORM.
        MikroOrmModule.forRoot({ ...orm.options, registerRequestContext: false }),
        CryptoModule,
        RateLimitsModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
