import { css } from 'lit';

/** For elements that sit inside a page and borrow pageStyles: no page padding or width of their own. */
export const embeddedHostStyles = css`
  :host {
    display: block;
    padding: 0;
    margin: 0;
    max-width: none;
  }
`;

/** Labels, inputs, text areas and messages shared by every form (composer, login, account). */
export const formStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin: 0 0 1rem;
  }
  label,
  .label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='password'],
  input[type='search'],
  input[type='url'],
  input[type='number'],
  input[type='date'],
  textarea,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    box-sizing: border-box;
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--sh-border-strong);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface);
  }
  textarea {
    min-height: 12rem;
    resize: vertical;
    line-height: 1.5;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 1px;
  }
  /* A field's own error (sh-field-error renders it here, in the page's root) and the field itself. */
  .field-error {
    color: var(--sh-danger);
    font-weight: 600;
    margin: 0;
  }
  .field-error .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--sh-danger);
  }
  .field:has([aria-invalid='true']) {
    border-left: 4px solid var(--sh-danger);
    padding-left: 0.75rem;
  }
  .hint {
    font-size: 0.92rem;
    color: var(--sh-muted);
    margin: 0;
  }
  .error-box,
  .notice {
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.7rem 0.9rem;
    margin: 0 0 1rem;
  }
  .error-box {
    background: var(--sh-danger-soft);
    border: 1px solid var(--sh-danger-border);
    color: var(--sh-danger-strong);
  }
  .notice {
    background: var(--sh-accent-soft);
    border: 1px solid var(--sh-accent-border);
  }
  .error-box p,
  .notice p {
    margin: 0 0 0.4rem;
  }
  /* The heading of an outcome region (focused after a submit): reads like the notice's first line. */
  .outcome-title {
    font-size: 1.05rem;
    margin: 0 0 0.4rem;
  }
  .error-box > :last-child,
  .notice > :last-child {
    margin-bottom: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    align-items: center;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .danger {
    background: var(--sh-danger);
    border-color: var(--sh-danger);
  }
  .danger:hover {
    background: var(--sh-danger-strong);
    border-color: var(--sh-danger-strong);
  }
  fieldset {
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface);
    padding: 0.6rem 1rem 0.8rem;
    margin: 0 0 1rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.3rem 0;
    font-weight: normal;
    cursor: pointer;
  }
  .choice input {
    margin-top: 0.35rem;
    accent-color: var(--sh-accent);
  }
`;
