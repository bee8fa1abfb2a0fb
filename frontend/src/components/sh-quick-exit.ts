import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { visuallyHiddenStyles } from '../styles/page.styles.js';

/** The neutral site "Leave quickly" goes to. The only third-party URL in the app: a top-level navigation the person asks for. */
export const QUICK_EXIT_URL = 'https://www.yr.no/';

/** Shift pressed this many times within the window leaves the page. */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 1500;

/**
 * "Forlat siden raskt": a fixed button on every page; Shift three times does the same.
 * `location.replace` keeps this page out of the history where the browser allows it.
 */
@localized()
@customElement('sh-quick-exit')
export class ShQuickExit extends LitElement {
  static override styles = [
    css`
      :host {
        position: fixed;
        right: max(0.75rem, env(safe-area-inset-right));
        bottom: max(0.75rem, env(safe-area-inset-bottom));
        z-index: 20;
      }
      button {
        font: inherit;
        font-weight: 650;
        font-size: 0.95rem;
        padding: 0.7rem 1.1rem;
        border-radius: 999px;
        border: 2px solid #fff;
        background: #3b3f6b;
        color: #fff;
        cursor: pointer;
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
      }
      button:hover {
        background: #2a2d52;
      }
      button:focus-visible {
        outline: 3px solid var(--sh-focus, #b3541e);
        outline-offset: 3px;
      }
    `,
    visuallyHiddenStyles,
  ];

  /** How to leave; injectable so tests can stay on the page. */
  @property({ attribute: false })
  navigate: (url: string) => void = (url) => location.replace(url);

  private shiftTimes: number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown, true);
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
      <button type="button" aria-describedby="quick-exit-hint" @click=${this.leave}>
        ${msg('Forlat siden raskt')}
      </button>
      <span id="quick-exit-hint" class="visually-hidden">
        ${msg('Bytter straks til en nøytral nettside (yr.no) og fjerner denne siden fra historikken. Du kan også trykke Shift tre ganger.')}
      </span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-quick-exit': ShQuickExit;
  }
}
