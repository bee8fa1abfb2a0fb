import { localized, msg } from '@lit/localize';
import type { ForumRuleDto } from '@sexhandel/shared';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { renderLoading, renderNotSynced } from '../../components/empty-state.js';
import { listForumRules } from '../../data/content.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import { pageStyles } from '../../styles/page.styles.js';

/** The forum rules, numbered: moderators cite these numbers. */
@localized()
@customElement('sh-rules-page')
export class ShRulesPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      ol {
        padding-left: 1.5rem;
      }
      li {
        margin-bottom: 1rem;
      }
      li h2 {
        font-size: 1.1rem;
        margin: 0 0 0.2rem;
      }
    `,
  ];

  private readonly rules = new LiveQueryController<ForumRuleDto[]>(this, () => listForumRules());

  override render() {
    const rules = this.rules.value;
    return html`
      <h1 tabindex="-1">${msg('Forumregler')}</h1>
      <p class="lead">
        ${msg('Forumet er åpent for alle som vil lese. Disse reglene gjelder for alt som skrives der.')}
      </p>
      ${
        !this.rules.loaded || !rules
          ? renderLoading()
          : rules.length === 0
            ? renderNotSynced()
            : html`<ol lang="nb">
                ${rules.map(
                  (rule) =>
                    html`<li value=${rule.number}>
                      <h2>${rule.title}</h2>
                      <p>${rule.text}</p>
                    </li>`,
                )}
              </ol>`
      }
      <p>
        ${msg('Når en moderator fjerner et innlegg, står regelen og en begrunnelse i tråden.')}
        <a href="/moderering-logg">${msg('Se moderasjonsloggen')}</a>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-rules-page': ShRulesPage;
  }
}
