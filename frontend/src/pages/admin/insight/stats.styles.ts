import { css } from 'lit';

/** The statistics page: a wider sheet, figure tiles, plain tables that scroll sideways on a phone (with figureTableStyles). */
export const statsStyles = css`
  :host {
    max-width: 60rem;
  }
  .figures {
    list-style: none;
    padding: 0;
    margin: 0 0 1.5rem;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.75rem;
  }
  .figures li {
    background: var(--sh-surface);
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.75rem 0.9rem;
    line-height: 1.35;
  }
  .figures .value {
    display: block;
    font-size: 1.6rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--sh-accent-strong);
  }
  .figures .label {
    display: block;
    font-weight: 400;
  }
  .figures .note {
    display: block;
    font-size: 0.9rem;
    color: var(--sh-muted);
  }
  .download {
    margin: -0.5rem 0 1.5rem;
    font-size: 0.95rem;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0 0 1.25rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem 0.75rem 0.3rem 0;
    border-bottom: 1px solid var(--sh-border-soft);
  }
  section.research {
    margin-top: 2.5rem;
  }
`;
