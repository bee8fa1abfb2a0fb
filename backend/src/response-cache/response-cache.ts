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
 *
 * On the embedded database this process is the only writer (it holds the data folder's lock), so
 * it invalidates itself: the sequence read is skipped while no change has been written since the
 * last read was sent (SyncRepository.changeWrites). That read ran on PGlite's one connection after
 * every transaction that had written a change before it was sent had ended, so it saw them all.
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
    this.selfInvalidating = config.engine === 'pglite';
  }

  private readonly selfInvalidating: boolean;
  /** Embedded database only: the last sequence read, and the count of change writes when it was sent. */
  private lastRead: { seq: string; changeWrites: number } | null = null;

  /** Reads the current sequence; answers kept at older ones are let go here, on every engine. */
  async current(): Promise<CurrentContent> {
    const seq = Number(await this.readSeq());
    this.store.observe(seq);
    return { seq, etag: `W/"c${seq}-${this.release}"` };
  }

  /** The sequence read that is out now, and the one that waits for it to come back. */
  private inFlight: Promise<string> | null = null;
  private nextRead: Promise<string> | null = null;

  /**
   * The newest sequence, read by a query sent after this call began, so it sees every publish
   * committed before the request started. Requests that arrive together share one read: a request
   * never joins a query already out (its snapshot may predate the request), it waits for the next
   * one, sent as soon as that query is back. Under load that is one index seek per round trip
   * instead of one per request; a lone request still sends its own at once (on the embedded database
   * only when a change was written since the last read, see above).
   */
  private readSeq(): Promise<string> {
    if (this.selfInvalidating && this.lastRead?.changeWrites === this.sync.changeWrites) {
      return Promise.resolve(this.lastRead.seq);
    }
    if (!this.inFlight) {
      const changeWrites = this.sync.changeWrites;
      this.inFlight = this.sync
        .currentSeq()
        .then((seq) => {
          if (this.selfInvalidating) this.lastRead = { seq, changeWrites };
          return seq;
        })
        .finally(() => {
          this.inFlight = null;
        });
      return this.inFlight;
    }
    this.nextRead ??= this.inFlight.then(
      () => this.sendNext(),
      () => this.sendNext(),
    );
    return this.nextRead;
  }

  private sendNext(): Promise<string> {
    this.nextRead = null;
    return this.readSeq();
  }
}
