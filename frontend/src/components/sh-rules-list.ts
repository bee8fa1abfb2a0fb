import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AppDB } from '../data/app-db.js';
import { ForumRulesController } from '../state/forum-rules.controller.js';

/** The six forum rules as a list from the synced table; collapsible (`details`) unless `open-always`. */
@localized()
@customElement('sh-rules-list')
export class ShRulesList extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    details {
      background: var(--sh-surface);
      border: 1px solid var(--sh-border);
      border-radius: var(--sh-radius, 0.5rem);
      padding: 0.5rem 0.9rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--sh-accent);
      padding: 0.2rem 0;
    }
    summary:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
    ol {
      margin: 0.5rem 0 0.25rem;
      padding-left: 1.4rem;
    }
    li {
      margin-bottom: 0.5rem;
    }
    .text {
      display: block;
      color: var(--sh-muted);
      font-size: 0.95rem;
    }
  `;

  /** Show the list without the collapse control (the acceptance step). */
  @property({ type: Boolean, attribute: 'open-always' }) openAlways = false;

  /** Database to read from; tests pass their own. */
  @property({ attribute: false }) db?: AppDB;

  private readonly rules = new ForumRulesController(this);

  private renderList() {
    const rules = this.rules.value ?? [];
    if (this.rules.loaded && rules.length === 0) {
      return html`<p>
        ${msg('Reglene lastes ned første gang du er på nett. Du kan også lese dem under Forumregler.')}
      </p>`;
    }
    return html`<ol lang="nb">
      ${rules.map(
        (rule) =>
          html`<li value=${rule.number}><strong>${rule.title}</strong><span class="text">${rule.text}</span></li>`,
      )}
    </ol>`;
  }

  override render() {
    if (this.openAlways) return this.renderList();
    return html`<details>
      <summary>${msg('Forumreglene (seks regler)')}</summary>
      ${this.renderList()}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-rules-list': ShRulesList;
  }
}
