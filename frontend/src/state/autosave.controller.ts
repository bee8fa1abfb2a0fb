import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The draft autosave: each change (re)starts a wait, and `save` runs once the person has paused for
 * `delayMs`. A change still waiting is saved at once when the page is hidden or left and when the
 * host leaves the page, so nothing typed is lost to a closed tab.
 */
export class AutosaveController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly save: () => Promise<void>,
    /** Read at each change, so a host property (tests shorten it) takes effect at once. */
    private readonly delayMs: () => number,
  ) {
    host.addController(this);
  }

  /** True while a change waits for its save. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Something changed: save after the pause (an earlier wait starts over). */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save();
    }, this.delayMs());
  }

  /** Saves a waiting change now; resolves once saved (at once when nothing waits). */
  readonly flush = async (): Promise<void> => {
    if (!this.timer) return;
    this.cancel();
    await this.save();
  };

  /** Forgets a waiting change without saving it (the host saves or sends by itself). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  // A phone may end a hidden tab without a pagehide: hidden is the last safe moment.
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
}
