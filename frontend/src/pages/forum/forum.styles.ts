import { css } from 'lit';

/** Thread list, post cards and badges shared by the forum pages. */
export const forumStyles = css`
  ol.plain {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .badge {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    line-height: 1.3;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--sh-accent-soft);
    color: var(--sh-accent-strong);
    vertical-align: middle;
  }
  .badge.new {
    background: var(--sh-warn-soft);
    color: var(--sh-warn-text);
  }
  .badge.locked {
    background: var(--sh-neutral-soft);
    color: var(--sh-text);
  }
  .thread-title {
    font-weight: 650;
    font-size: 1.08rem;
  }
  .post header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.2rem 0.6rem;
    margin-bottom: 0.5rem;
  }
  .post .author {
    font-weight: 650;
  }
  .post .removed {
    font-style: italic;
    color: var(--sh-muted);
    margin: 0;
  }
  .post .quoted {
    border-left: 4px solid var(--sh-border);
    background: var(--sh-bg);
    padding: 0.35rem 0.75rem;
    margin: 0 0 0.6rem;
    font-size: 0.95rem;
    color: var(--sh-muted);
  }
  .post-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin-top: 0.6rem;
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
    font-size: 0.95rem;
  }
  .post.is-new {
    border-left: 4px solid var(--sh-new-marker);
  }
  /* One's own reply still on its way: in place, but plainly not published yet. */
  .post.pending {
    border-style: dashed;
  }
  .badge.sending {
    background: var(--sh-neutral-soft);
    color: var(--sh-text);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem 1rem;
    align-items: center;
    margin: 0 0 1.25rem;
  }
`;
