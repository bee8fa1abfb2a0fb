import { Global, Module } from '@nestjs/common';
import { MutationHandlerRegistry } from './mutation-handler.registry';
import { SyncChangeRecorder } from './sync-change.recorder';
import { SyncController } from './sync.controller';
import { SyncPullService } from './sync-pull.service';
import { SyncPushService } from './sync-push.service';
import { SyncRepository } from './sync.repository';

/** Global so feature modules can record changes and register mutation handlers without imports. */
@Global()
@Module({
  controllers: [SyncController],
  providers: [SyncRepository, SyncPullService, SyncPushService, SyncChangeRecorder, MutationHandlerRegistry],
  exports: [SyncChangeRecorder, MutationHandlerRegistry, SyncRepository],
})
export class SyncModule {}
