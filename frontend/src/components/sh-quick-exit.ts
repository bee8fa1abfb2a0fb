import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { visuallyHiddenStyles } from '../styles/page.styles.js';

/** The neutral site "Leave quickly" goes to. The only third-party URL in the app: a top-level navigation the person asks for. */
export const QUICK_EXIT_URL = 'https://www.yr.no/';

/** Shift pressed this many times within the window leaves the page. */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 1500;

/** Where the help page about hiding the visit lives (linked from the exit help and settings). */
export const HIDE_VISIT_PATH = '/skjul-besoket';

/**
 * "Forlat siden raskt": a bar fixed at the bottom of every page (the page keeps room for it, so it
 * never covers a control); Shift three times does the same, also while a dialog is open.
 * `location.replace` swaps the current history entry for the neutral site; earlier entries stay,
 * which the help text says plainly. `placement="dialog"`: the same control inside a modal dialog's
 * frame, where the page's bar is inert (the page-level element keeps listening for Shift).
 */
@localized()
@customElement('sh-quick-exit')
export class ShQuickExit extends LitElement {
  static override styles = [
    css`
      :host {
        position: fixed;
        left: 0;
        right: 0;
        bottom: 0;
        z-index: 20;
        display: flex;
        justify-content: flex-end;
        align-items: center;
        gap: 0.75rem;
        box-sizing: border-box;
        min-height: var(--sh-exit-bar, 4rem);
        padding: 0.5rem max(0.75rem, env(safe-area-inset-right)) max(0.5rem, env(safe-area-inset-bottom))
          max(0.75rem, env(safe-area-inset-left));
        background: var(--sh-bg);
        border-top: 1px solid var(--sh-border);
      }
      :host([placement='dialog']) {
        position: static;
        min-height: 0;
        padding: 0 0 0.75rem;
        background: none;
        border: 0;
      }
      a {
        color: var(--sh-accent);
        font-size: 0.9rem;
      }
      a:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 2px;
      }
      button {
        font: inherit;
        font-weight: 650;
        font-size: 0.95rem;
        padding: 0.7rem 1.1rem;
        border-radius: 999px;
        border: 2px solid var(--sh-on-accent);
        background: var(--sh-quick-exit);
        color: var(--sh-on-accent);
        cursor: pointer;
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
      }
      button:hover {
        background: var(--sh-quick-exit-strong);
      }
      button:focus-visible {
        outline: 3px solid var(--sh-focus);
        outline-offset: 3px;
      }
    `,
    visuallyHiddenStyles,
  ];

  /** How to leave; injectable so tests can stay on the page. */
  @property({ attribute: false })
  navigate: (url: string) => void = (url) => location.replace(url);

  /** 'page': the fixed bar that also listens for Shift×3. 'dialog': a plain control inside a dialog's frame. */
  @property({ reflect: true }) placement: 'page' | 'dialog' = 'page';

  private shiftTimes: number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Window capture sees keys typed inside an open modal dialog too (inert blocks pointer and focus, not this).
    if (this.placement === 'page') window.addEventListener('keydown', this.onKeyDown, true);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown, true);
    super.disconnectedCallback();
  }

  /** Leaves now. */
  leave(): void {
    this.navigate(QUICK_EXIT_URL);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = performance.now();
    this.shiftTimes = [...this.shiftTimes, now].filter((time) => now - time <= SHIFT_WINDOW_MS);
    if (this.shiftTimes.length >= SHIFT_PRESSES) {
      this.shiftTimes = [];
      this.leave();
    }
  };

  override render() {
    return html`
      ${this.placement === 'page' ? html`<a href=${HIDE_VISIT_PATH}>${msg('Slik skjuler du besøket')}</a>` : nothing}
      <button type="button" aria-describedby="quick-exit-hint" @click=${this.leave}>
        ${msg('Forlat siden raskt')}
      </button>
      <span id="quick-exit-hint" class="visually-hidden">
        ${msg('Bytter straks til en nøytral nettside (yr.no). Historikken i nettleseren slettes ikke. Du kan også trykke Shift tre ganger.')}
      </span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-quick-exit': ShQuickExit;
  }
}
