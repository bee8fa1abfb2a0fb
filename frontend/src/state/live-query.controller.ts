import { liveQuery, type Subscription } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { beginFirstLoad, endFirstLoad } from './first-loads.js';

/**
 * Keeps `value` in step with a Dexie query: re-runs when the tables it read change (after a sync)
 * and when `deps()` changes (e.g. the slug property). `loaded` is false until the first answer.
 */
export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  loaded = false;
  error: unknown = null;
  private subscription: Subscription | null = null;
  private lastDeps: readonly unknown[] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T>,
    private readonly deps: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostUpdate(): void {
    const deps = this.deps();
    if (this.lastDeps && deps.some((dep, i) => dep !== this.lastDeps?.[i])) {
      this.loaded = false;
      this.subscribe();
    }
  }

  hostDisconnected(): void {
    endFirstLoad(this);
    this.subscription?.unsubscribe();
    this.subscription = null;
  }

  private subscribe(): void {
    this.subscription?.unsubscribe();
    this.lastDeps = this.deps();
    beginFirstLoad(this);
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.loaded = true;
        this.error = null;
        this.host.requestUpdate();
        endFirstLoad(this);
      },
      error: (error: unknown) => {
        this.error = error;
        this.loaded = true;
        this.host.requestUpdate();
        endFirstLoad(this);
      },
    });
  }
}
