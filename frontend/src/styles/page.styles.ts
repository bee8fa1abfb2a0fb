import { css } from 'lit';

/** Reading typography shared by every page element. Pulled content is Norwegian, so pages mark it lang="nb" (right for screen readers when the interface is English). */
export const pageStyles = css`
  :host {
    display: block;
    max-width: var(--sh-reading, 42rem);
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
    color: var(--sh-text);
    line-height: 1.65;
    font-size: 1.0625rem;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    color: var(--sh-text);
    font-weight: 650;
  }
  h1 {
    font-size: clamp(1.6rem, 1.2rem + 1.8vw, 2.1rem);
    margin: 0.5rem 0 1rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 4px;
  }
  h2 {
    font-size: 1.3rem;
    margin: 2rem 0 0.75rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.25rem;
  }
  p {
    margin: 0 0 1rem;
  }
  a {
    color: var(--sh-accent);
    text-underline-offset: 0.18em;
  }
  a:hover {
    color: var(--sh-accent-strong);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .lead {
    font-size: 1.15rem;
    color: var(--sh-muted);
  }
  .meta {
    color: var(--sh-muted);
    font-size: 0.95rem;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .card {
    background: var(--sh-surface);
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 1rem 1.1rem;
    margin: 0 0 0.9rem;
  }
  .card h2,
  .card h3 {
    margin-top: 0;
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  button {
    font: inherit;
  }
  .button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    padding: 0.55rem 1rem;
    border-radius: var(--sh-radius, 0.5rem);
    border: 2px solid var(--sh-accent);
    background: var(--sh-accent);
    color: var(--sh-on-accent);
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--sh-accent);
  }
  .button:hover {
    background: var(--sh-accent-strong);
    border-color: var(--sh-accent-strong);
    color: var(--sh-on-accent);
  }
  .empty {
    background: var(--sh-accent-soft);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 1rem 1.1rem;
  }
`;

/** `.visually-hidden`: text for screen readers only (kept in the accessibility tree, drawn nowhere). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
