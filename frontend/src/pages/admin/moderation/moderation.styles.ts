import { css } from 'lit';

/** Moderation panels: queue cards, rule chips, compact forms and tables. */
export const moderationStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    align-items: end;
    margin: 0 0 1rem;
  }
  .toolbar .field {
    margin: 0;
  }
  .flagged h2 {
    font-size: 1.1rem;
    margin: 0 0 0.2rem;
  }
  .flagged .body {
    border-left: 3px solid var(--sh-border);
    padding: 0.2rem 0 0.2rem 0.8rem;
    margin: 0.6rem 0;
    overflow-wrap: anywhere;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    padding: 0;
    margin: 0.4rem 0;
  }
  .chips li {
    background: var(--sh-accent-soft);
    border-radius: 999px;
    padding: 0.1rem 0.6rem;
    font-size: 0.92rem;
  }
  .chips li.hidden-state {
    background: var(--sh-warn-soft);
  }
  .notes {
    margin: 0.4rem 0;
    padding-left: 1.2rem;
  }
  .notes li {
    overflow-wrap: anywhere;
  }
  .row-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    align-items: end;
    margin-top: 0.6rem;
  }
  .row-form .field {
    flex: 1 1 14rem;
    margin: 0;
  }
  input[type='text'],
  input[type='date'] {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--sh-border-strong);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface);
  }
  .archived {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .log {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .log li {
    padding: 0.6rem 0;
    border-bottom: 1px solid var(--sh-border);
    overflow-wrap: anywhere;
  }
  .log p {
    margin: 0;
  }
  .log .what {
    font-weight: 600;
  }
  ol.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  ol.plain > li + li,
  ul.plain > li + li {
    margin-top: 0.8rem;
  }
  .link-button {
    background: none;
    border: none;
    padding: 0.3rem 0;
    color: var(--sh-accent);
    text-decoration: underline;
    text-underline-offset: 0.18em;
    cursor: pointer;
    font: inherit;
  }
  .badge {
    background: var(--sh-accent-soft);
    border-radius: 999px;
    padding: 0 0.5rem;
    font-size: 0.92rem;
  }
  .status-line {
    min-height: 1.5rem;
  }
`;
