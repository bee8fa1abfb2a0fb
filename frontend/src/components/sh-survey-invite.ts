import { localized, msg } from '@lit/localize';
import type { SurveyDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { appDb, type AppDB } from '../data/app-db.js';
import { dismissSurveyInvite, surveyToInvite } from '../data/survey.js';
import { LiveQueryController } from '../state/live-query.controller.js';

/**
 * A small invitation to the open survey this device has not answered or declined yet. "Nei takk"
 * hides it on this device for good; nothing about the choice leaves the device.
 */
@localized()
@customElement('sh-survey-invite')
export class ShSurveyInvite extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    aside {
      border: 1px solid var(--sh-border);
      border-radius: var(--sh-radius, 0.5rem);
      background: var(--sh-surface);
      padding: 0.7rem 1rem;
      margin: 0 0 1.5rem;
    }
    p {
      margin: 0 0 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
      margin: 0;
    }
    a {
      color: var(--sh-accent);
      font-weight: 600;
    }
    button {
      font: inherit;
      background: none;
      border: none;
      padding: 0.2rem 0;
      color: var(--sh-muted);
      text-decoration: underline;
      cursor: pointer;
    }
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--sh-focus);
      outline-offset: 2px;
    }
  `;

  /** Database to read; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  private readonly survey = new LiveQueryController<SurveyDto | null>(
    this,
    () => surveyToInvite(this.db),
    () => [this.db],
  );

  override render() {
    const survey = this.survey.value;
    if (!survey) return nothing;
    return html`<aside aria-labelledby="survey-invite">
      <p id="survey-invite">
        <strong>${msg('Vil du hjelpe oss å bli bedre?')}</strong>
        ${msg('Svar på en kort, anonym undersøkelse. Det tar et par minutter.')}
      </p>
      <p class="actions">
        <a href="/undersokelse/${encodeURIComponent(survey.id)}">${msg('Svar på undersøkelsen')}</a>
        <button type="button" @click=${() => dismissSurveyInvite(survey.id, this.db)}>
          ${msg('Nei takk, ikke spør igjen')}
        </button>
      </p>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-invite': ShSurveyInvite;
  }
}
