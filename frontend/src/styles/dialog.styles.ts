import { css } from 'lit';

/** A native modal <dialog> holding a short form (flag, removal): a framed sheet over the dimmed page. Each sets its own width. */
export const dialogStyles = css`
  dialog {
    border: 1px solid var(--sh-border);
    border-radius: var(--sh-radius, 0.5rem);
    padding: 1.1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  h2 {
    margin-top: 0;
  }
  textarea {
    min-height: 5rem;
  }
`;
