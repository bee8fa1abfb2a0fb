import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
  }
  .composer {
    background: var(--sh-surface);
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 1rem;
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.75rem;
  }
  .status-row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    font-size: 0.92rem;
    color: var(--sh-muted);
    margin: 0.3rem 0 0.9rem;
  }
  .saved::before {
    content: '✓ ';
    color: var(--sh-accent);
  }
  .over {
    color: var(--sh-danger);
    font-weight: 600;
  }
  .quote {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.75rem;
    border-left: 4px solid var(--sh-border);
    background: var(--sh-bg);
    padding: 0.4rem 0.75rem;
    margin: 0 0 0.9rem;
    font-size: 0.95rem;
  }
  .quote p {
    margin: 0;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0.1rem 0;
    color: var(--sh-accent);
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
    white-space: nowrap;
  }
  .rules {
    margin: 0 0 1rem;
  }
  .accept {
    border: 2px solid var(--sh-accent);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.9rem 1rem;
    margin: 0 0 1rem;
    background: var(--sh-accent-soft);
  }
  .accept h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .private {
    font-size: 0.92rem;
    color: var(--sh-muted);
    margin: 0.75rem 0 0;
  }
`;
