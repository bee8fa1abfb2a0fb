import { css } from 'lit';

export const shAppStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    font-family: var(--sh-font, system-ui, sans-serif);
    color: var(--sh-text);
    background: var(--sh-bg);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    background: var(--sh-surface);
    color: var(--sh-accent);
    padding: 0.5rem 0.8rem;
    border: 2px solid var(--sh-accent);
    border-radius: var(--sh-radius, 0.5rem);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    z-index: 30;
  }
  .skip:focus {
    top: 0.5rem;
  }
  header {
    background: var(--sh-surface);
    border-bottom: 1px solid var(--sh-border);
  }
  .bar {
    max-width: var(--sh-reading, 42rem);
    margin: 0 auto;
    padding: 0.75rem 1rem 0.5rem;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    flex-wrap: nowrap;
  }
  .brand {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
    text-decoration: none;
    color: var(--sh-text);
    line-height: 1.2;
  }
  .brand strong {
    font-size: 1.25rem;
    color: var(--sh-accent);
    letter-spacing: 0.01em;
  }
  .brand span {
    font-size: 0.85rem;
    color: var(--sh-muted);
  }
  .account,
  .search-link {
    flex: none;
    max-width: 9rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--sh-accent);
    font-weight: 600;
    font-size: 0.95rem;
    padding: 0.4rem 0.2rem;
  }
  .menu-toggle {
    flex: none;
    font: inherit;
    font-weight: 600;
    padding: 0.4rem 0.9rem;
    border-radius: var(--sh-radius, 0.5rem);
    border: 1px solid var(--sh-border);
    background: var(--sh-bg);
    color: var(--sh-text);
    cursor: pointer;
  }
  nav {
    max-width: var(--sh-reading, 42rem);
    margin: 0 auto;
    padding: 0 1rem;
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0 0 0.5rem;
    display: flex;
    flex-direction: column;
  }
  nav.closed ul {
    display: none;
  }
  nav a {
    display: block;
    padding: 0.55rem 0.25rem;
    color: var(--sh-text);
    text-decoration: none;
    border-bottom: 3px solid transparent;
  }
  nav a:hover {
    color: var(--sh-accent);
  }
  nav a[aria-current='page'] {
    color: var(--sh-accent);
    font-weight: 650;
    border-bottom-color: var(--sh-accent);
  }
  .status {
    max-width: var(--sh-reading, 42rem);
    margin: 0 auto;
    padding: 0 1rem 0.5rem;
  }
  /* Staff: their screens one click from every page, in a row of its own (never hidden behind Meny). */
  nav.staff {
    border-top: 1px solid var(--sh-border);
    background: var(--sh-bg);
    max-width: none;
    padding: 0;
  }
  nav.staff ul {
    max-width: var(--sh-reading, 42rem);
    margin: 0 auto;
    padding: 0.15rem 1rem;
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1rem;
    font-size: 0.9rem;
  }
  nav.staff .label {
    color: var(--sh-muted);
    font-weight: 600;
  }
  nav.staff a {
    padding: 0.35rem 0;
    color: var(--sh-accent);
  }
  /* Phones: the name gets a row of its own so search, account and menu do not squeeze it. */
  @media (max-width: 29.99rem) {
    .bar {
      flex-wrap: wrap;
    }
    .brand {
      flex-basis: 100%;
    }
    .search-link {
      margin-left: auto;
    }
  }
  @media (min-width: 52rem) {
    .menu-toggle {
      display: none;
    }
    nav.closed ul,
    nav ul {
      display: flex;
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0 1.1rem;
      padding-bottom: 0;
    }
    nav a {
      padding: 0.4rem 0 0.5rem;
    }
  }
  /* Wide screens: the header is wider than the reading column, so the main menu stays on one line. */
  @media (min-width: 64rem) {
    .bar,
    nav,
    .status,
    nav.staff ul {
      max-width: 60rem;
    }
    nav.closed ul,
    nav ul {
      flex-wrap: nowrap;
    }
  }
  main {
    flex: 1;
    width: 100%;
    /* The footer starts below the fold: pages that fill in after loading do not push it out of
       view (Lighthouse counted that as a 0.29 layout shift on an article). */
    min-height: 100vh;
  }
  main:focus {
    outline: none;
  }
  footer {
    border-top: 1px solid var(--sh-border);
    background: var(--sh-surface);
    color: var(--sh-muted);
    font-size: 0.9rem;
    padding: 1.25rem 1rem 1.25rem;
  }
  .discreet-back {
    box-sizing: border-box;
    width: 100%;
    max-width: var(--sh-reading, 42rem);
    margin: 0.5rem auto 0;
    padding: 0 1rem;
  }
  .discreet-back button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.3rem 0;
    color: var(--sh-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .discreet-back button:focus-visible {
    outline: 3px solid var(--sh-focus);
    outline-offset: 2px;
  }
  footer .inner {
    max-width: 42rem;
    margin: 0 auto;
  }
  footer p {
    margin: 0 0 0.5rem;
  }
  footer a {
    color: var(--sh-accent);
  }
`;
