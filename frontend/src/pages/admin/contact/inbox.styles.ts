import { css } from 'lit';

/** Staff screens: status tabs, badges, wider layout for the conversation view. */
export const inboxStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0 0 1.2rem;
  }
  .tabs button {
    font: inherit;
    font-weight: 600;
    padding: 0.45rem 0.9rem;
    border-radius: 999px;
    border: 2px solid var(--sh-accent);
    background: var(--sh-surface);
    color: var(--sh-accent);
    cursor: pointer;
  }
  .tabs button[aria-pressed='true'] {
    background: var(--sh-accent);
    color: var(--sh-on-accent);
  }
  .count {
    display: inline-block;
    min-width: 1.4rem;
    margin-left: 0.2rem;
    font-variant-numeric: tabular-nums;
  }
  .card.row a {
    font-weight: 650;
  }
  .card.row .meta {
    margin: 0.2rem 0 0;
  }
  .badge {
    background: var(--sh-accent-soft);
    border-radius: 999px;
    padding: 0 0.5rem;
  }
  .columns section {
    margin-bottom: 1.5rem;
  }
  .phone-row {
    display: grid;
    grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.5rem;
    align-items: end;
    margin: 0 0 0.8rem;
  }
  .phone-row.date {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .phone-row .field {
    margin: 0;
  }
  .phone-row .link-button {
    padding-bottom: 0.6rem;
  }
  input[type='date'] {
    font: inherit;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--sh-border-strong);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface);
  }
  .hint + .meta {
    margin-top: 0.5rem;
  }
  .prewrap {
    white-space: pre-wrap;
  }
`;
