import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SyncRepository } from '../sync/sync.repository';
import { releaseId } from './release';
import { ResponseStore } from './response-store';

/** The content sequence a request saw and the ETag of every cached answer made at it. */
export interface CurrentContent {
  seq: number;
  etag: string;
}

/**
 * This node's cache of public reads. Correct across nodes because every request reads the current
 * content sequence (the newest `sync_change.seq`: one index seek) before it looks anything up; a
 * publish is committed together with its change, so a request that starts after the commit reads the
 * new sequence, misses, and is answered from the database. Nothing else has to reach this node.
 */
@Injectable()
export class ResponseCache {
  readonly store: ResponseStore;
  private readonly release: string;

  constructor(
    private readonly sync: SyncRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.store = new ResponseStore(config.responseCacheBytes);
    this.release = releaseId(config.frontendDir);
  }

  /** Reads the current sequence; answers kept at older ones are let go here, on every engine. */
  async current(): Promise<CurrentContent> {
    const seq = Number(await this.sync.currentSeq());
    this.store.observe(seq);
    return { seq, etag: `W/"c${seq}-${this.release}"` };
  }
}
