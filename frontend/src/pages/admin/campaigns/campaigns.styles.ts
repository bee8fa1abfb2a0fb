import { css } from 'lit';

/** Campaign screens: a list of cards with the QR code beside the facts on wide screens. */
export const campaignStyles = css`
  .campaign {
    display: grid;
    gap: 0.5rem 1.25rem;
    grid-template-columns: 1fr;
  }
  @media (min-width: 40rem) {
    .campaign {
      grid-template-columns: 1fr auto;
    }
  }
  .campaign h3 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  .tag {
    display: inline-block;
    font-size: 0.85rem;
    font-weight: 600;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--sh-warn-bg);
    color: var(--sh-warn-text);
    margin-left: 0.4rem;
    vertical-align: middle;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.9rem;
    margin: 0 0 0.75rem;
  }
  dl.facts dt {
    color: var(--sh-muted);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .link-row {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
    margin: 0 0 0.75rem;
  }
  .link-row input {
    flex: 1;
    min-width: 0;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.95rem;
  }
  .qr {
    display: block;
    width: 8.5rem;
    height: 8.5rem;
    border: 1px solid var(--sh-border);
    border-radius: 0.25rem;
    background: var(--sh-surface);
  }
  p.label {
    margin: 0.75rem 0 0.2rem;
  }
  ul.downloads {
    list-style: none;
    padding: 0;
    margin: 0 0 0.9rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.1rem;
  }
  .button.small {
    padding: 0.35rem 0.8rem;
    font-size: 0.95rem;
  }
  .sr-status {
    margin: 0;
    font-size: 0.95rem;
    color: var(--sh-muted);
  }
`;
