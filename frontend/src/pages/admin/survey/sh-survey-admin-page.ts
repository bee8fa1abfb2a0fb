import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { SurveyAdminDto, SurveyResultsDto, SurveyStatus } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../../text/format.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchSurveyResults, fetchSurveys, setSurveyOpen } from '../../../data/survey.js';
import type { ShEventMap } from '../../../events.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import './sh-survey-editor.js';
import './sh-survey-results.js';
import { plural } from '../../../text/plural.js';
import { errorText } from '../../../text/error-text.js';

function statusText(survey: SurveyAdminDto): string {
  const labels: Record<SurveyStatus, string> = {
    draft: msg('Utkast – ikke synlig for leserne'),
    open: msg('Åpen – leserne blir invitert'),
    closed: msg('Avsluttet'),
  };
  return labels[survey.status];
}

type View = { mode: 'list' } | { mode: 'edit'; survey: SurveyAdminDto | null } | { mode: 'results'; id: string };

/**
 * /admin/undersokelser (admins): the surveys, a draft editor, opening and closing, and results with
 * charts and CSV downloads. A closed survey can be opened again; devices that answered are not
 * asked again. Questions can only change while the survey is a draft.
 */
@localized()
@customElement('sh-survey-admin-page')
export class ShSurveyAdminPage extends LitElement {
  static override styles = [
    pageStyles,
    formStyles,
    css`
      .card h2 {
        font-size: 1.15rem;
      }
      .status-open {
        color: var(--sh-ok-text);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private surveys: SurveyAdminDto[] | null = null;
  @state() private view: View = { mode: 'list' };
  @state() private results: SurveyResultsDto | null = null;
  @state() private problem = '';
  @state() private loadFailed = false;
  constructor() {
    super();
    new StaffLoadController(this, { roles: ['admin'], load: () => this.load() });
  }

  private async load(): Promise<void> {
    try {
      this.surveys = await fetchSurveys(this.fetchFn);
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
  }

  private failure(error: unknown): string {
    return error instanceof ApiError ? errorText(error) : msg('Fikk ikke kontakt med serveren. Prøv igjen.');
  }

  private async show(view: View): Promise<void> {
    this.problem = '';
    this.view = view;
    if (view.mode === 'results') {
      this.results = null;
      try {
        this.results = await fetchSurveyResults(view.id, this.fetchFn);
      } catch (error) {
        this.problem = this.failure(error);
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private async setOpen(survey: SurveyAdminDto, open: boolean): Promise<void> {
    this.problem = '';
    try {
      const next = await setSurveyOpen(survey.id, open, this.fetchFn);
      this.surveys = (this.surveys ?? []).map((s) => (s.id === next.id ? next : s));
    } catch (error) {
      this.problem = this.failure(error);
    }
  }

  private async onSaved(event: ShEventMap['sh-survey-saved']): Promise<void> {
    const saved = event.detail.survey;
    if (saved) {
      const others = (this.surveys ?? []).filter((s) => s.id !== saved.id);
      this.surveys = [saved, ...others];
    }
    await this.show({ mode: 'list' });
  }

  private renderSurvey(survey: SurveyAdminDto) {
    const headingId = `survey-${survey.id}`;
    return html`<li class="card">
      <article aria-labelledby=${headingId}>
        <h2 id=${headingId} lang="nb">${survey.title}</h2>
        <p class="meta">
          <span class=${survey.status === 'open' ? 'status-open' : ''}>${statusText(survey)}</span> ·
          ${plural(survey.questions.length, (n) => ({ one: msg(str`${n} spørsmål`, { id: 'count.questions.one' }), other: msg(str`${n} spørsmål`) }))}
          ·
          ${plural(survey.responseCount, (n) => ({ one: msg(str`${n} svar`, { id: 'count.answers.one' }), other: msg(str`${n} svar`) }))}
          ${survey.openedAt ? html` · ${msg(str`åpnet ${formatDate(survey.openedAt)}`)}` : nothing}
          ${survey.closedAt ? html` · ${msg(str`avsluttet ${formatDate(survey.closedAt)}`)}` : nothing}
        </p>
        <p class="actions">
          ${
            survey.status === 'draft'
              ? html`<button type="button" class="button secondary" @click=${() => this.show({ mode: 'edit', survey })}>
                    ${msg(str`Endre «${survey.title}»`)}
                  </button>
                  <button type="button" class="button" @click=${() => this.setOpen(survey, true)}>
                    ${msg(str`Åpne «${survey.title}» for leserne`)}
                  </button>`
              : html`<button type="button" class="button" @click=${() => this.show({ mode: 'results', id: survey.id })}>
                    ${msg(str`Se resultatene for «${survey.title}»`)}
                  </button>
                  ${
                    survey.status === 'open'
                      ? html`<button type="button" class="button secondary" @click=${() => this.setOpen(survey, false)}>
                          ${msg(str`Avslutt «${survey.title}»`)}
                        </button>`
                      : html`<button type="button" class="button secondary" @click=${() => this.setOpen(survey, true)}>
                          ${msg(str`Åpne «${survey.title}» igjen`)}
                        </button>`
                  }`
          }
        </p>
      </article>
    </li>`;
  }

  private renderList() {
    if (this.loadFailed) return html`<p class="error-box" role="alert">${msg('Kunne ikke hente undersøkelsene.')}</p>`;
    if (!this.surveys) return html`<p class="meta">${msg('Henter undersøkelsene …')}</p>`;
    return html`
      <p>
        <button type="button" class="button" @click=${() => this.show({ mode: 'edit', survey: null })}>
          ${msg('Ny undersøkelse')}
        </button>
      </p>
      ${
        this.surveys.length === 0
          ? html`<p class="empty">${msg('Ingen undersøkelser ennå.')}</p>`
          : html`<ul class="plain">
              ${this.surveys.map((survey) => this.renderSurvey(survey))}
            </ul>`
      }
    `;
  }

  private renderResults(id: string) {
    const survey = this.surveys?.find((s) => s.id === id);
    return html`<h2 tabindex="-1" lang="nb">${msg(str`Resultater: ${survey?.title ?? ''}`)}</h2>
      <p>
        <button type="button" class="button secondary" @click=${() => this.show({ mode: 'list' })}>
          ${msg('Tilbake til undersøkelsene')}
        </button>
      </p>
      ${this.results ? html`<sh-survey-results .results=${this.results}></sh-survey-results>` : this.problem ? nothing : html`<p class="meta">${msg('Henter resultatene …')}</p>`}`;
  }

  override render() {
    const gate = staffGate(this.session, ['admin'], navigator.onLine);
    const view = this.view;
    return html`
      <h1 tabindex="-1">${msg('Undersøkelser')}</h1>
      ${
        gate ??
        html`
          <p class="lead">
            ${msg(
              'Leserne svarer anonymt i appen, én gang per enhet. Spørsmålene kan bare endres mens undersøkelsen er et utkast.',
            )}
          </p>
          ${this.problem ? html`<div class="error-box" role="alert"><p>${this.problem}</p></div>` : nothing}
          ${
            view.mode === 'edit'
              ? html`<sh-survey-editor
                  .survey=${view.survey}
                  .fetchFn=${this.fetchFn}
                  @sh-survey-saved=${this.onSaved}
                ></sh-survey-editor>`
              : view.mode === 'results'
                ? this.renderResults(view.id)
                : this.renderList()
          }
        `
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-admin-page': ShSurveyAdminPage;
  }
}
