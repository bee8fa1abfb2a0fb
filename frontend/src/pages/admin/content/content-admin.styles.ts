import { css } from 'lit';

/** The editor screens: wider than reading pages so the form and its preview can sit side by side. */
export const contentAdminStyles = css`
  :host {
    max-width: 76rem;
  }
  :host(sh-content-editor),
  :host(sh-start-page-editor) {
    padding: 0;
    margin: 0;
    max-width: none;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    border-bottom: 2px solid var(--sh-border);
    margin: 0 0 1.25rem;
  }
  [role='tab'] {
    font: inherit;
    font-weight: 600;
    padding: 0.5rem 0.8rem;
    border: 1px solid var(--sh-border);
    border-bottom: none;
    border-radius: var(--sh-radius, 0.5rem) var(--sh-radius, 0.5rem) 0 0;
    background: var(--sh-bg);
    color: var(--sh-text);
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--sh-accent);
    border-color: var(--sh-accent);
    color: var(--sh-on-accent);
  }
  [role='tab']:focus-visible,
  .item button:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 2px;
  }
  .items {
    list-style: none;
    padding: 0;
    margin: 1rem 0;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.6rem 0;
    border-bottom: 1px solid var(--sh-border);
  }
  .badge {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.05rem 0.55rem;
    border-radius: 999px;
    margin-left: 0.4rem;
  }
  .badge.published {
    background: var(--sh-ok-soft);
    color: var(--sh-ok-text);
  }
  .badge.draft {
    background: var(--sh-warn-soft);
    color: var(--sh-warn-text);
  }
  .editor {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .editor.with-preview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 1rem;
    }
  }
  textarea.short {
    min-height: 5rem;
  }
  input[type='number'],
  input[type='date'],
  input[type='url'] {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--sh-border-strong);
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--sh-danger);
  }
  .field-error {
    color: var(--sh-danger);
    font-weight: 600;
    margin: 0;
    font-size: 0.92rem;
  }
  .preview {
    background: var(--sh-surface);
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.5rem 1.1rem 1rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .preview > h2 {
    font-size: 1rem;
    color: var(--sh-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .confirm {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
`;
