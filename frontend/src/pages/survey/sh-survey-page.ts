import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { renderLoading } from '../../components/empty-state.js';
import '../../components/sh-survey-form.js';
import { appDb, type AppDB, type SurveyStateRow } from '../../data/app-db.js';
import {
  answersFromInputs,
  readSurveyView,
  submitSurvey,
  surveyErrorText,
  type SurveyAnswers,
  type SurveyView,
} from '../../data/survey.js';
import { shEvent, type ShEventMap } from '../../events.js';
import { outboxServiceContext } from '../../state/contexts.js';
import { LiveQueryController } from '../../state/live-query.controller.js';
import type { OutboxService } from '../../state/outbox.service.js';
import { formStyles } from '../../styles/form.styles.js';
import { pageStyles } from '../../styles/page.styles.js';
import { OutcomeFocusController } from '../../components/outcome-focus.controller.js';

/**
 * /undersokelse/:id: the survey as synced to this device, answered offline too. Sending puts the
 * answers in the outbox (sent when online); afterwards the page only says thank you.
 */
@localized()
@customElement('sh-survey-page')
export class ShSurveyPage extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    css`
      .intro {
        white-space: pre-line;
      }
    `,
  ];

  /** The survey id from the route. */
  @property() surveyId = '';

  /** After Send the thanks come into view with focus, on every width. */
  private readonly outcome = new OutcomeFocusController(this);

  /** Database to read and write; tests pass their own. */
  @property({ attribute: false }) db: AppDB = appDb;

  @consume({ context: outboxServiceContext })
  @property({ attribute: false })
  outbox?: OutboxService;

  @state() private busy = false;
  private initialKey = '';
  private initial: SurveyAnswers = {};
  @state() private online = navigator.onLine;

  private readonly view = new LiveQueryController<SurveyView>(
    this,
    () => readSurveyView(this.surveyId, this.db),
    () => [this.surveyId, this.db],
  );

  private readonly onOnline = (): void => {
    this.online = navigator.onLine;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOnline);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOnline);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    const title = this.view.value?.survey?.title;
    if (title) this.dispatchEvent(shEvent('sh-title', { title }));
  }

  private async send(event: ShEventMap['sh-survey-submit']): Promise<void> {
    const survey = this.view.value?.survey;
    if (!survey || this.busy) return;
    this.busy = true;
    try {
      await submitSurvey(survey, event.detail.answers, this.db);
      void this.outbox?.flushNow();
      this.outcome.reveal();
    } finally {
      this.busy = false;
    }
  }

  /** The same object while the kept answers stay the same, so a re-render keeps what is being typed. */
  private initialAnswers(kept: SurveyStateRow['answers']): SurveyAnswers {
    const key = JSON.stringify(kept ?? []);
    if (key !== this.initialKey) {
      this.initialKey = key;
      this.initial = answersFromInputs(kept);
    }
    return this.initial;
  }

  private renderThanks(status: 'queued' | 'sent') {
    return html`<div class="notice" role="status" id="done" tabindex="-1" data-outcome>
      <p><strong>${msg('Takk for at du svarte!')}</strong></p>
      <p>
        ${
          status === 'sent'
            ? msg('Svarene dine er kommet fram. Denne enheten blir ikke spurt om undersøkelsen igjen.')
            : this.online
              ? msg('Svarene sendes nå.')
              : msg('Du er uten nett. Svarene ligger trygt på denne enheten og sendes når du er på nett igjen.')
        }
      </p>
      <p><a href="/">${msg('Til forsiden')}</a></p>
    </div>`;
  }

  override render() {
    if (!this.view.loaded || !this.view.value) return renderLoading();
    const { survey, state } = this.view.value;
    if (state?.status === 'queued' || state?.status === 'sent') {
      return html`<h1 tabindex="-1">${survey?.title ?? msg('Undersøkelse')}</h1>
        ${this.renderThanks(state.status)}`;
    }
    if (state?.status === 'closed') {
      return html`<h1 tabindex="-1">${survey?.title ?? msg('Undersøkelse')}</h1>
        <div class="notice" role="status">
          <p>${state.error ? surveyErrorText(state.error) : msg('Undersøkelsen er avsluttet.')}</p>
          <p><a href="/">${msg('Til forsiden')}</a></p>
        </div>`;
    }
    if (!survey) {
      return html`<h1 tabindex="-1">${msg('Undersøkelse')}</h1>
        <p>
          ${msg(
            'Denne undersøkelsen finnes ikke på enheten. Den kan være avsluttet, eller den er ikke lastet ned ennå: prøv igjen når du er på nett.',
          )}
        </p>
        <p><a href="/">${msg('Til forsiden')}</a></p>`;
    }
    return html`
      <h1 tabindex="-1">${survey.title}</h1>
      ${survey.intro ? html`<p class="lead intro" lang="nb">${survey.intro}</p>` : nothing}
      <p class="meta">
        ${msg('Svarene er anonyme. Vi lagrer bare hvilken dag de kom inn. Du kan svare også uten nett.')}
      </p>
      ${
        state?.error
          ? html`<div class="error-box" role="alert">
              <p><strong>${msg('Svarene ble ikke tatt imot:')}</strong> ${surveyErrorText(state.error)}</p>
            </div>`
          : nothing
      }
      <sh-survey-form
        lang="nb"
        .survey=${survey}
        .initial=${this.initialAnswers(state?.answers)}
        ?busy=${this.busy}
        @sh-survey-submit=${this.send}
      ></sh-survey-form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-page': ShSurveyPage;
  }
}
