/** One stored answer: the bytes exactly as sent (already compressed) and the headers sent with them. */
export interface StoredAnswer {
  /** The content sequence the answer was made at. */
  seq: number;
  body: Buffer;
  headers: Record<string, string>;
}

interface Entry extends StoredAnswer {
  bytes: number;
}

/** What an entry costs beyond its body: the key, the headers and the bookkeeping. */
const ENTRY_OVERHEAD = 200;

/**
 * The answers of one node, least recently used first, bounded by their total size in bytes (body,
 * headers and key), never by their count: a flood of distinct keys only pushes older answers out.
 * An answer larger than a quarter of the bound is not kept, so one cannot empty the store.
 */
export class ResponseStore {
  private readonly entries = new Map<string, Entry>();
  private used = 0;
  /** The newest sequence seen: answers of an older one can never be asked for again. */
  private newest = -1;

  constructor(readonly maxBytes: number) {}

  /** Bytes held now (always ≤ maxBytes). */
  get usedBytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used goes last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, answer: StoredAnswer): void {
    if (answer.seq < this.newest) return;
    let bytes = answer.body.length + key.length + ENTRY_OVERHEAD;
    for (const name in answer.headers) bytes += name.length + answer.headers[name].length;
    if (bytes > this.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { ...answer, bytes });
    this.used += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= entry.bytes;
    }
  }

  /**
   * Called with the sequence each request read. A newer one drops the answers of older ones (they
   * would only age out); an older one than seen before means the database went back (a restore),
   * and answers made after that point could come back under a reused sequence: they go too.
   */
  observe(seq: number): void {
    if (seq === this.newest) return;
    const newer = seq > this.newest;
    this.newest = seq;
    for (const [key, entry] of this.entries) {
      if (newer ? entry.seq < seq : entry.seq > seq) this.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }
}
