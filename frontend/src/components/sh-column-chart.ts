import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber } from '../text/format.js';

/** One column of a time series: its label (a day or month) and its count. */
export interface ColumnChartPoint {
  label: string;
  value: number;
}

const WIDTH = 600;
const HEIGHT = 100;
const MAX_STEP = 60;

/**
 * A column chart over time (days or months). The drawing is hidden from assistive technology;
 * the same numbers are in a table under "Vis tallene", so nothing is only in the picture.
 * Columns are scaled to the largest value; the period and the peak are printed under them.
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
      height: 8rem;
    }
    .ticks {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      font-size: 0.9rem;
      color: var(--sh-muted);
      margin-top: 0.2rem;
    }
    .col {
      fill: var(--sh-accent);
    }
    .axis {
      stroke: var(--sh-border);
    }
    details {
      margin-top: 0.4rem;
      font-size: 0.95rem;
    }
    summary {
      cursor: pointer;
      color: var(--sh-accent);
    }
    summary:focus-visible {
      outline: 3px solid var(--sh-focus);
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
      color: var(--sh-muted);
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
    // A few months should not turn into wide blocks: columns are at most MAX_STEP wide.
    const step = Math.min(MAX_STEP, WIDTH / this.points.length);
    const gap = Math.min(3, step * 0.2);
    return svg`
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${this.points.map((point, index) => {
          const height = (point.value / max) * (HEIGHT - 1);
          return svg`<rect class="col" x=${index * step + gap / 2} y=${HEIGHT - 1 - height} width=${Math.max(0.5, step - gap)} height=${height}></rect>`;
        })}
        <line class="axis" x1="0" x2=${WIDTH} y1=${HEIGHT - 0.5} y2=${HEIGHT - 0.5} vector-effect="non-scaling-stroke"></line>
      </svg>
    `;
  }

  /** Period covered and the highest value, in text under the drawing (the table holds every number). */
  private ticks() {
    const first = this.points[0];
    const last = this.points[this.points.length - 1];
    const peak = this.points.reduce<ColumnChartPoint | undefined>(
      (best, point) => (!best || point.value > best.value ? point : best),
      undefined,
    );
    const period =
      first && last && first !== last
        ? `${this.formatLabel(first.label)} – ${this.formatLabel(last.label)}`
        : this.formatLabel(first?.label ?? '');
    return html`<div class="ticks" aria-hidden="true">
      <span>${period}</span>
      ${
        peak && peak.value > 0
          ? html`<span>${msg(str`Høyest: ${formatNumber(peak.value)} (${this.formatLabel(peak.label)})`)}</span>`
          : nothing
      }
    </div>`;
  }

  override render() {
    if (this.points.length === 0) {
      return html`<p><strong>${this.caption}</strong></p>
        <p class="empty">${msg('Ingen tall ennå.')}</p>`;
    }
    return html`
      <figure>
        <figcaption>${this.caption}</figcaption>
        ${this.drawing()} ${this.ticks()}
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
