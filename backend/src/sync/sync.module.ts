import { Global, Module } from '@nestjs/common';
import { MutationHandlerRegistry } from './mutation-handler.registry';
import { SyncChangeRecorder } from './sync-change.recorder';
import { SyncController } from './sync.controller';
import { SyncPullService } from './sync-pull.service';
import { SyncPushService } from './sync-push.service';

/** Global so feature modules can record changes and register mutation handlers without imports. */
@Global()
@Module({
  controllers: [SyncController],
  providers: [SyncPullService, SyncPushService, SyncChangeRecorder, MutationHandlerRegistry],
  exports: [SyncChangeRecorder, MutationHandlerRegistry],
})
export class SyncModule {}
