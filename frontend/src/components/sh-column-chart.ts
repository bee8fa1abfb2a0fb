import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { getLocale } from '../localization.js';

/** One column of a time series: its label (a day or month) and its count. */
export interface ColumnChartPoint {
  label: string;
  value: number;
}

const WIDTH = 600;
const HEIGHT = 180;
const TOP = 20;
const BOTTOM = 24;

function formatNumber(value: number): string {
  return new Intl.NumberFormat(getLocale() === 'en' ? 'en-GB' : 'nb-NO').format(value);
}

/**
 * A column chart over time (days or months). The drawing is hidden from assistive technology;
 * the same numbers are in a table under "Vis tallene", so nothing is only in the picture.
 * Columns are scaled to the largest value; the first and last labels and the peak are printed.
 */
@localized()
@customElement('sh-column-chart')
export class ShColumnChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 0 0 1.25rem;
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: 650;
      margin: 0 0 0.4rem;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .col {
      fill: var(--sh-accent, #0f5e63);
    }
    .axis {
      stroke: var(--sh-border, #d9d6cc);
    }
    .tick {
      fill: var(--sh-muted, #4d5a5f);
      font-size: 13px;
    }
    details {
      margin-top: 0.4rem;
      font-size: 0.95rem;
    }
    summary {
      cursor: pointer;
      color: var(--sh-accent, #0f5e63);
    }
    summary:focus-visible {
      outline: 3px solid var(--sh-focus, #b3541e);
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      margin-top: 0.4rem;
    }
    th,
    td {
      text-align: left;
      padding: 0.15rem 1.2rem 0.15rem 0;
    }
    td,
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .empty {
      color: var(--sh-muted, #4d5a5f);
    }
  `;

  /** The chart's title. */
  @property() caption = '';

  /** Oldest first. */
  @property({ attribute: false }) points: ColumnChartPoint[] = [];

  /** Header of the label column in the number table (e.g. "Dag"). */
  @property({ attribute: 'label-header' }) labelHeader = '';

  /** Header of the count column in the number table (e.g. "Besøk"). */
  @property({ attribute: 'value-header' }) valueHeader = '';

  /** Formats a label for display (e.g. a day as "29. nov."). */
  @property({ attribute: false }) formatLabel: (label: string) => string = (label) => label;

  private drawing() {
    const max = Math.max(1, ...this.points.map((point) => point.value));
    const step = WIDTH / this.points.length;
    const gap = Math.min(4, step * 0.2);
    const plot = HEIGHT - TOP - BOTTOM;
    const peak = this.points.reduce(
      (best, point, index) => (point.value > (this.points[best]?.value ?? -1) ? index : best),
      0,
    );
    const last = this.points.length - 1;
    return svg`
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
        ${this.points.map((point, index) => {
          const height = (point.value / max) * plot;
          return svg`<rect class="col" x=${index * step + gap / 2} y=${TOP + plot - height} width=${Math.max(1, step - gap)} height=${height}></rect>`;
        })}
        <line class="axis" x1="0" x2=${WIDTH} y1=${TOP + plot + 0.5} y2=${TOP + plot + 0.5}></line>
        <text class="tick" x="0" y=${HEIGHT - 6}>${this.formatLabel(this.points[0]?.label ?? '')}</text>
        ${last > 0 ? svg`<text class="tick" x=${WIDTH} y=${HEIGHT - 6} text-anchor="end">${this.formatLabel(this.points[last]?.label ?? '')}</text>` : nothing}
        ${
          (this.points[peak]?.value ?? 0) > 0
            ? svg`<text class="tick" x=${Math.min(WIDTH - 20, Math.max(20, peak * step + step / 2))} y=${TOP + plot - ((this.points[peak]?.value ?? 0) / max) * plot - 5} text-anchor="middle">${formatNumber(this.points[peak]?.value ?? 0)}</text>`
            : nothing
        }
      </svg>
    `;
  }

  override render() {
    if (this.points.length === 0) {
      return html`<p><strong>${this.caption}</strong></p>
        <p class="empty">${msg('Ingen tall ennå.')}</p>`;
    }
    return html`
      <figure>
        <figcaption>${this.caption}</figcaption>
        ${this.drawing()}
        <details>
          <summary>${msg('Vis tallene')}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">${this.labelHeader || msg('Periode')}</th>
                <th scope="col" class="num">${this.valueHeader || msg('Antall')}</th>
              </tr>
            </thead>
            <tbody>
              ${this.points.map(
                (point) =>
                  html`<tr>
                    <th scope="row">${this.formatLabel(point.label)}</th>
                    <td>${formatNumber(point.value)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </details>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-column-chart': ShColumnChart;
  }
}
