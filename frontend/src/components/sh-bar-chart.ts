import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber, intlLocale } from '../text/format.js';
import { figureTableStyles } from '../styles/table.styles.js';

/** One bar: a label, its count, and optionally its share (0–1) of some whole the caller chose. */
export interface BarChartRow {
  label: string;
  value: number;
  share?: number;
}

/** Formats a share 0–1 as a whole percentage ("42 %"), or with one decimal below 10 %. */
export function formatShare(share: number): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(intlLocale(), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/**
 * A horizontal bar chart that is a real table: caption, one row per bar, the count (and share)
 * as text. The bars are SVG (no style attributes, which the CSP blocks), hidden from assistive technology, so screen readers
 * read the same numbers a sighted reader sees. Bars are scaled to the largest value.
 */
@localized()
@customElement('sh-bar-chart')
export class ShBarChart extends LitElement {
  static override styles = [
    figureTableStyles,
    css`
      :host {
        display: block;
        margin: 0 0 1.25rem;
      }
      th,
      td {
        padding: 0.3rem 0.5rem 0.3rem 0;
        vertical-align: middle;
        text-align: left;
      }
      tbody th {
        width: 40%;
        min-width: 7rem;
        overflow-wrap: break-word;
        hyphens: auto;
      }
      thead th.num {
        white-space: normal;
      }
      tbody tr + tr > * {
        border-top: 1px solid var(--sh-border-soft);
      }
      .bar-cell {
        width: 100%;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .track {
        flex: 1 1 auto;
        min-width: 1.5rem;
        height: 0.9rem;
        background: var(--sh-accent-soft);
        border-radius: 0.2rem;
      }
      /* An SVG rect, not a style attribute: the CSP (style-src 'self') blocks inline styles. */
      .fill {
        fill: var(--sh-accent);
      }
      @media (forced-colors: active) {
        .track {
          border: 1px solid CanvasText;
        }
        .fill {
          fill: CanvasText;
        }
      }
      .value {
        min-width: 2.5rem;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .empty {
        color: var(--sh-muted);
        margin: 0;
      }
    `,
  ];

  /** The chart's title, read as the table caption. */
  @property() caption = '';

  /** The rows, in the order they should appear. */
  @property({ attribute: false }) rows: BarChartRow[] = [];

  /** Header of the label column. */
  @property({ attribute: 'label-header' }) labelHeader = '';

  /** Header of the count column. */
  @property({ attribute: 'value-header' }) valueHeader = '';

  /** Header of the share column (shown only when a row has a share). */
  @property({ attribute: 'share-header' }) shareHeader = '';

  /** Shown instead of the table when there are no rows. */
  @property({ attribute: 'empty-text' }) emptyText = '';

  /** Formats counts; defaults to whole numbers in the reader's locale. */
  @property({ attribute: false }) formatValue: (value: number) => string = formatNumber;

  override render() {
    if (this.rows.length === 0) {
      return html`${this.caption ? html`<p><strong>${this.caption}</strong></p>` : nothing}
        <p class="empty">${this.emptyText || msg('Ingen tall ennå.')}</p>`;
    }
    const max = Math.max(0, ...this.rows.map((row) => row.value));
    const withShare = this.rows.some((row) => row.share !== undefined);
    return html`
      <table>
        ${
          this.caption
            ? html`<caption>
                ${this.caption}
              </caption>`
            : nothing
        }
        <thead>
          <tr>
            <th scope="col">${this.labelHeader || msg('Svar')}</th>
            <th scope="col" class="num">${this.valueHeader || msg('Antall')}</th>
            ${withShare ? html`<th scope="col" class="num">${this.shareHeader || msg('Andel')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.rows.map((row) => {
            const width = max > 0 ? (Math.max(0, row.value) / max) * 100 : 0;
            return html`<tr>
              <th scope="row">${row.label}</th>
              <td class="bar-cell">
                <div class="bar">
                  <svg
                    class="track"
                    viewBox="0 0 100 10"
                    preserveAspectRatio="none"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <rect class="fill" x="0" y="0" height="10" width=${width.toFixed(2)}></rect>
                  </svg>
                  <span class="value">${this.formatValue(row.value)}</span>
                </div>
              </td>
              ${
                withShare
                  ? html`<td class="num">${row.share === undefined ? '–' : formatShare(row.share)}</td>`
                  : nothing
              }
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-bar-chart': ShBarChart;
  }
}
