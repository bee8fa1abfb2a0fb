import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the browser says it is online, kept current while the host is connected; the host
 * re-renders on every change. `onChange` runs first, for hosts that must reload when back online.
 */
export class OnlineController implements ReactiveController {
  online = navigator.onLine;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
  }

  private readonly update = (): void => {
    this.online = navigator.onLine;
    this.onChange?.(this.online);
    this.host.requestUpdate();
  };
}
