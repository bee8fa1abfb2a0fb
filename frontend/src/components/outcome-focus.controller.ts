import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The outcome region a host renders after a submit: `<section data-outcome>` with a heading. */
export const OUTCOME_SELECTOR = '[data-outcome]';

const HEADING_SELECTOR = '[data-outcome-heading], h1, h2, h3, h4';

/**
 * Moves the person to what their submit led to. After `reveal()`, the next render that holds an
 * outcome region (`[data-outcome]` in the host's shadow root) scrolls it into view and focuses its
 * heading (or the region itself), on every width. While the outcome changes shape ("sending …"
 * becomes a confirmation, a code appears) and focus went with the replaced heading, focus follows to
 * the new heading, so what the region contains never matters.
 */
export class OutcomeFocusController implements ReactiveController {
  private pending = false;
  private focused: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string = OUTCOME_SELECTOR,
  ) {
    host.addController(this);
  }

  /** Show the outcome after the next update (call right after the state that renders it is set). */
  reveal(): void {
    this.pending = true;
    this.host.requestUpdate();
  }

  /** Stop following the outcome (the person moved on, e.g. "write another"). */
  forget(): void {
    this.pending = false;
    this.focused = null;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot ?? this.host;
    if (this.pending) {
      const region = root.querySelector<HTMLElement>(this.selector);
      if (!region) return;
      this.pending = false;
      this.moveTo(region);
      return;
    }
    // Focus went with a heading the last render replaced: follow to the outcome's new heading.
    const focused = this.focused;
    if (!focused || focused.isConnected) return;
    this.focused = null;
    const inside = this.host.shadowRoot?.activeElement ?? null;
    const lost = !inside && (document.activeElement === document.body || document.activeElement === null);
    const region = root.querySelector<HTMLElement>(this.selector);
    if (region && lost) this.moveTo(region);
  }

  private moveTo(region: HTMLElement): void {
    const target = region.querySelector<HTMLElement>(HEADING_SELECTOR) ?? region;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    region.scrollIntoView({ block: 'start' });
    this.focused = target;
  }
}
