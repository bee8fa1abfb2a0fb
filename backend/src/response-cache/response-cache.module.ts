import { Module } from '@nestjs/common';
import { ResponseCache } from './response-cache';

/** The node's cache of public reads (registered on Fastify by app.factory; routes opt in with @CachedRead). */
@Module({
  providers: [ResponseCache],
  exports: [ResponseCache],
})
export class ResponseCacheModule {}
