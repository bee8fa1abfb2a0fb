import { css } from 'lit';

/** Shared look of the counselling pages: calm boxes, the "what happens" list, message bubbles. */
export const contactStyles = css`
  .facts {
    background: var(--sh-surface);
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.4rem 1.1rem 0.8rem;
    margin: 0 0 1.5rem;
  }
  .facts h2 {
    margin-top: 0.8rem;
  }
  .facts dl {
    margin: 0;
  }
  .facts dt {
    font-weight: 650;
    margin-top: 0.7rem;
  }
  .facts dd {
    margin: 0.1rem 0 0;
  }
  .status-row {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.5rem;
    font-size: 0.92rem;
    color: var(--sh-muted);
    margin: -0.5rem 0 1rem;
  }
  .over {
    color: var(--sh-danger);
    font-weight: 600;
  }
  .private {
    font-size: 0.92rem;
    color: var(--sh-muted);
    margin-top: 0.8rem;
  }
  .code-box {
    background: var(--sh-warn-bg);
    border: 1px solid var(--sh-warn-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 1rem 1.1rem;
    margin: 0 0 1.5rem;
  }
  .code-box h2 {
    margin-top: 0;
  }
  .messages {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  .messages li {
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.7rem 0.9rem;
    margin: 0 0 0.7rem;
    border: 1px solid var(--sh-border);
    background: var(--sh-surface);
    overflow-wrap: anywhere;
  }
  .messages .body {
    display: block;
    white-space: pre-wrap;
  }
  .messages li.counsellor {
    background: var(--sh-accent-soft);
    border-color: var(--sh-accent-border);
    margin-left: 1.5rem;
  }
  .messages li.note {
    background: var(--sh-warn-bg);
    border-color: var(--sh-warn-border);
  }
  .messages .who {
    display: block;
    white-space: normal;
    font-size: 0.9rem;
    font-weight: 600;
    color: var(--sh-muted);
    margin-bottom: 0.2rem;
  }
  .link-button {
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    color: var(--sh-accent);
    text-decoration: underline;
    text-underline-offset: 0.18em;
    cursor: pointer;
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .inline-form .field {
    flex: 1 1 14rem;
    margin: 0;
  }
  .card form {
    margin-bottom: 1rem;
  }
  textarea.short {
    min-height: 6rem;
  }
`;
