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
    border-bottom: 2px solid var(--sh-border, #d9d6cc);
    margin: 0 0 1.25rem;
  }
  [role='tab'] {
    font: inherit;
    font-weight: 600;
    padding: 0.5rem 0.8rem;
    border: 1px solid var(--sh-border, #d9d6cc);
    border-bottom: none;
    border-radius: var(--sh-radius, 0.5rem) var(--sh-radius, 0.5rem) 0 0;
    background: var(--sh-bg, #f6f5f1);
    color: var(--sh-text, #1f2a2e);
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--sh-accent, #0f5e63);
    border-color: var(--sh-accent, #0f5e63);
    color: #fff;
  }
  [role='tab']:focus-visible,
  .item button:focus-visible {
    outline: 3px solid var(--sh-focus, #b3541e);
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
    border-bottom: 1px solid var(--sh-border, #d9d6cc);
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
    background: #dcefdc;
    color: #1d4d1d;
  }
  .badge.draft {
    background: #f6ead2;
    color: #5c3d06;
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
    border: 1px solid #8c8a80;
    border-radius: var(--sh-radius, 0.5rem);
    background: var(--sh-surface, #fff);
  }
  [aria-invalid='true'] {
    border-color: #a32020;
  }
  .field-error {
    color: #8a1c1c;
    font-weight: 600;
    margin: 0;
    font-size: 0.92rem;
  }
  .preview {
    background: var(--sh-surface, #fff);
    border: 1px solid var(--sh-border, #d9d6cc);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 0.5rem 1.1rem 1rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .preview > h2 {
    font-size: 1rem;
    color: var(--sh-muted, #4d5a5f);
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
