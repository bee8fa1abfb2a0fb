import { localized, msg, str } from '@lit/localize';
import type { SurveyQuestionResultDto, SurveyResultsDto } from '@sexhandel/shared';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { intlLocale } from '../../../text/format.js';
import '../../../components/sh-bar-chart.js';
import { surveyCsvUrl } from '../../../data/survey.js';
import { embeddedHostStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { plural } from '../../../text/plural.js';

function formatMean(mean: number): string {
  return new Intl.NumberFormat(intlLocale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}

/**
 * The results of one survey: the number of responses, one bar chart (a table for screen readers)
 * per choice or scale question with counts and shares of those who answered it, the scale mean,
 * the free-text answers, and the two CSV downloads.
 */
@localized()
@customElement('sh-survey-results')
export class ShSurveyResults extends LitElement {
  static override styles = [
    pageStyles,
    embeddedHostStyles,
    css`
      .texts li {
        white-space: pre-wrap;
        border-left: 3px solid var(--sh-border);
        padding: 0.2rem 0 0.2rem 0.7rem;
        margin: 0 0 0.6rem;
        list-style: none;
      }
      .texts {
        padding: 0;
      }
      section {
        margin: 0 0 1.75rem;
      }
      h3 {
        margin-bottom: 0.2rem;
      }
    `,
  ];

  /** The results as the server computed them. */
  @property({ attribute: false }) results: SurveyResultsDto | null = null;

  private renderQuestion(question: SurveyQuestionResultDto, index: number) {
    const headingId = `result-${question.id}`;
    const answered = msg(str`${question.respondents} av ${this.results?.responses ?? 0} svarte på spørsmålet.`);
    if (question.kind === 'text') {
      return html`<section aria-labelledby=${headingId}>
        <h3 id=${headingId}>${index + 1}. ${question.text}</h3>
        <p class="meta">${answered} ${msg('Fritekst vises bare for administratorer.')}</p>
        ${
          question.texts.length === 0
            ? html`<p class="meta">${msg('Ingen har skrevet noe ennå.')}</p>`
            : html`<ul class="texts" lang="nb">
                ${question.texts.map((text) => html`<li>${text}</li>`)}
              </ul>`
        }
      </section>`;
    }
    const rows = question.options.map((option) => ({
      label:
        question.kind === 'scale' && option.label === '1' && question.scaleMinLabel
          ? `1 – ${question.scaleMinLabel}`
          : question.kind === 'scale' && option.label === '5' && question.scaleMaxLabel
            ? `5 – ${question.scaleMaxLabel}`
            : option.label,
      value: option.count,
      share: option.share,
    }));
    return html`<section aria-labelledby=${headingId}>
      <h3 id=${headingId}>${index + 1}. ${question.text}</h3>
      <p class="meta">
        ${answered}
        ${question.kind === 'multiple' ? msg('Flere valg var mulig, så andelene kan bli mer enn 100 %.') : nothing}
        ${question.mean !== null ? msg(str`Gjennomsnitt: ${formatMean(question.mean)}.`) : nothing}
      </p>
      <sh-bar-chart
        .caption=${msg(str`Svar på spørsmål ${index + 1}`)}
        .labelHeader=${question.kind === 'scale' ? msg('Verdi') : msg('Svar')}
        .valueHeader=${msg('Antall')}
        .shareHeader=${msg('Andel')}
        .rows=${rows}
      ></sh-bar-chart>
    </section>`;
  }

  override render() {
    const results = this.results;
    if (!results) return nothing;
    return html`
      <p class="lead">
        ${plural(results.responses, (n) => ({ one: msg(str`${n} svar i alt.`, { id: 'count.answers-total.one' }), other: msg(str`${n} svar i alt.`) }))}
      </p>
      <p class="actions">
        <a class="button secondary" href=${surveyCsvUrl(results.survey.id, 'results')} download>
          ${msg('Last ned resultatene (CSV)')}
        </a>
        <a class="button secondary" href=${surveyCsvUrl(results.survey.id, 'responses')} download>
          ${msg('Last ned alle svar (CSV)')}
        </a>
      </p>
      ${results.questions.map((question, index) => this.renderQuestion(question, index))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-survey-results': ShSurveyResults;
  }
}
