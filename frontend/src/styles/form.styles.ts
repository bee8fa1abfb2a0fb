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
  textarea,
  select {
    font: inherit;
    color: inherit;
    width: 100%;
    box-sizing: border-box;
    padding: 0.55rem 0.7rem;
    border: 1px solid #8c8a80;
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface, #fff);
  }
  textarea {
    min-height: 12rem;
    resize: vertical;
    line-height: 1.5;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--sh-focus, #b3541e);
    outline-offset: 1px;
  }
  .hint {
    font-size: 0.92rem;
    color: var(--sh-muted, #4d5a5f);
    margin: 0;
  }
  .error-box,
  .notice {
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.7rem 0.9rem;
    margin: 0 0 1rem;
  }
  .error-box {
    background: #fbeaea;
    border: 1px solid #d9a3a3;
    color: #6b1414;
  }
  .notice {
    background: var(--sh-accent-soft, #e3efee);
    border: 1px solid #b9d6d3;
  }
  .error-box p,
  .notice p {
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
    background: #8a1c1c;
    border-color: #8a1c1c;
  }
  .danger:hover {
    background: #6b1414;
    border-color: #6b1414;
  }
  fieldset {
    border: 1px solid var(--sh-border, #d9d6cc);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface, #fff);
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
    accent-color: var(--sh-accent, #0f5e63);
  }
`;
