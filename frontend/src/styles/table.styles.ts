import { css } from 'lit';

/** Tables of figures (the statistics page, the bar chart): caption above, muted headers, numbers right-aligned. */
export const figureTableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.95rem;
  }
  caption {
    text-align: left;
    font-weight: 650;
    padding: 0 0 0.4rem;
  }
  thead th {
    font-size: 0.85rem;
    font-weight: 600;
    color: var(--sh-muted);
    border-bottom: 1px solid var(--sh-border);
  }
  tbody th {
    font-weight: 400;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
