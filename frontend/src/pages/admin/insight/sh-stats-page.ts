import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { StatsDashboardDto, StatsTable } from '@sexhandel/shared';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate, formatNumber, formatTime, intlLocale } from '../../../text/format.js';
import { activityLabel } from '../../../text/forum-text.js';
import { formatShare } from '../../../components/sh-bar-chart.js';
import '../../../components/sh-column-chart.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { fetchStatsDashboard, statsCsvUrl } from '../../../data/insight.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { figureTableStyles } from '../../../styles/table.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import './sh-research-export-panel.js';
import { statsStyles } from './stats.styles.js';
import { OnlineController } from '../../../state/online.controller.js';
import { errorText } from '../../../text/error-text.js';

const shareText = (value: number | null): string => (value === null ? '–' : formatShare(value));

/** "29. nov." for a day. */
function shortDay(day: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'short' }).format(new Date(`${day}T12:00:00`));
}

/** "nov. 2026" for 'YYYY-MM'. */
function monthLabel(month: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', year: 'numeric' }).format(
    new Date(`${month}-15T12:00:00`),
  );
}

/** A category with its bounds, so the table explains itself. */
function categoryLabel(category: StatsDashboardDto['activityCategories'][number]['category']): string {
  switch (category) {
    case 'superUser':
      return msg(str`${activityLabel(category)} (over 100 innlegg)`);
    case 'active':
      return msg(str`${activityLabel(category)} (10–100 innlegg)`);
    case 'passive':
      return msg(str`${activityLabel(category)} (1–9 innlegg)`);
    default:
      return msg(str`${activityLabel(category)} (0 innlegg)`);
  }
}

/**
 * /admin/statistikk: how many the service reaches and who takes part, as counts only. Every table
 * has a CSV download; the research export sits at the end. Admins only, online only.
 */
@localized()
@customElement('sh-stats-page')
export class ShStatsPage extends LitElement {
  static override styles = [pageStyles, formStyles, figureTableStyles, statsStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private dashboard: StatsDashboardDto | null = null;
  @state() private error = '';
  private readonly connection = new OnlineController(this);

  constructor() {
    super();
    new StaffLoadController(this, {
      roles: ['admin'],
      load: () => this.load(),
      online: () => this.connection.online,
    });
  }

  private async load(): Promise<void> {
    try {
      this.dashboard = await fetchStatsDashboard(this.fetchFn);
      this.error = '';
    } catch (error) {
      this.error =
        error instanceof ApiError
          ? errorText(error)
          : msg('Fikk ikke hentet statistikken. Sjekk nettforbindelsen og prøv igjen.');
    }
  }

  private csvLink(table: StatsTable, what: string): TemplateResult {
    return html`<p class="download">
      <a href=${statsCsvUrl(table)} download>${msg(str`Last ned ${what} (CSV)`)}</a>
    </p>`;
  }

  private renderHeadline(data: StatsDashboardDto): TemplateResult {
    const h = data.headline;
    const figures: Array<[string, string, string]> = [
      [formatNumber(h.visitsToday), msg('besøk i dag'), ''],
      [formatNumber(h.visitsLast30Days), msg('besøk siste 30 dager'), msg(str`${formatNumber(h.visitsTotal)} i alt`)],
      [shareText(h.installedShare), msg('av besøkene fra installert app'), msg('siste 60 dager')],
      [formatNumber(h.members), msg('medlemmer'), msg(str`${formatNumber(h.memberPosts)} innlegg`)],
      [shareText(h.topShare), msg('av innleggene er skrevet av de 3 mest aktive'), ''],
      [formatNumber(h.conversationsTotal), msg('kontaktsamtaler'), ''],
      [formatNumber(h.surveyResponsesTotal), msg('svar på brukerundersøkelser'), ''],
    ];
    return html`<ul class="figures" aria-label=${msg('Nøkkeltall')}>
      ${figures.map(
        ([value, label, note]) =>
          html`<li>
            <span class="value">${value}</span> <span class="label">${label}</span>${
              note ? html`<span class="note">${note}</span>` : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  private renderReach(data: StatsDashboardDto): TemplateResult {
    return html`
      <h2>${msg('Besøk')}</h2>
      <p class="meta">${msg('Hver enhet teller høyst ett besøk per dag. Vi lagrer bare antall, aldri hvem.')}</p>
      <sh-column-chart
        caption=${msg('Besøk per dag, siste 60 dager')}
        label-header=${msg('Dag')}
        value-header=${msg('Besøk')}
        .points=${data.visitsPerDay.map((row) => ({ label: row.day, value: row.visits }))}
        .formatLabel=${shortDay}
      ></sh-column-chart>
      ${this.csvLink('visits-per-day', msg('besøk per dag'))}
      <sh-column-chart
        caption=${msg('Besøk per måned')}
        label-header=${msg('Måned')}
        value-header=${msg('Besøk')}
        .points=${data.visitsPerMonth.map((row) => ({ label: row.month, value: row.visits }))}
        .formatLabel=${monthLabel}
      ></sh-column-chart>
      ${this.table(
        msg('Besøk og installert app per måned'),
        [msg('Måned'), msg('Besøk'), msg('Fra installert app')],
        data.visitsPerMonth.map((row) => [
          monthLabel(row.month),
          formatNumber(row.visits),
          formatNumber(row.installed),
        ]),
      )}
      ${this.csvLink('visits-per-month', msg('besøk per måned'))}
      <sh-bar-chart
        caption=${msg('Besøk per kampanje')}
        label-header=${msg('Kampanje')}
        value-header=${msg('Besøk')}
        .rows=${data.visitsPerCampaign.map((row) => ({
          label: row.campaign === '' ? msg('Uten kampanje') : (row.name ?? row.campaign),
          value: row.visits,
        }))}
      ></sh-bar-chart>
      ${
        data.visitsPerCampaign.some((row) => row.opens !== null)
          ? this.table(
              msg('Åpninger av kortlenken per kampanje'),
              [msg('Kampanje'), msg('Kode'), msg('Åpninger'), msg('Besøk')],
              data.visitsPerCampaign
                .filter((row) => row.campaign !== '')
                .map((row) => [row.name ?? '–', row.campaign, formatNumber(row.opens ?? 0), formatNumber(row.visits)]),
            )
          : nothing
      }
      ${this.csvLink('visits-per-campaign', msg('besøk per kampanje'))}
    `;
  }

  private renderForum(data: StatsDashboardDto): TemplateResult {
    return html`
      <h2>${msg('Forumet')}</h2>
      <p class="meta">
        ${msg(
          'Medlemmer er kontoer uten rolle i tjenesten; ansatte og innlegg fra Redaksjonen er holdt utenfor. Innlegg betyr publiserte innlegg.',
        )}
      </p>
      <sh-bar-chart
        caption=${msg('Medlemmer per aktivitetsnivå')}
        label-header=${msg('Aktivitetsnivå')}
        value-header=${msg('Medlemmer')}
        share-header=${msg('Andel av innleggene')}
        .rows=${data.activityCategories.map((row) => ({
          label: categoryLabel(row.category),
          value: row.members,
          share: row.postShare,
        }))}
      ></sh-bar-chart>
      ${this.csvLink('activity-categories', msg('aktivitetsnivåer'))}
      ${this.table(
        msg('Mest aktive medlemmer'),
        [msg('Plass'), msg('Alias'), msg('Innlegg'), msg('Andel')],
        data.topPosters.map((row) => [
          formatNumber(row.rank),
          row.alias,
          formatNumber(row.posts),
          formatShare(row.postShare),
        ]),
      )}
      ${this.csvLink('top-posters', msg('mest aktive medlemmer'))}
      <sh-column-chart
        caption=${msg('Innlegg per måned')}
        label-header=${msg('Måned')}
        value-header=${msg('Innlegg')}
        .points=${data.postsPerMonth.map((row) => ({ label: row.month, value: row.posts }))}
        .formatLabel=${monthLabel}
      ></sh-column-chart>
      ${this.csvLink('posts-per-month', msg('innlegg per måned'))}
      <sh-bar-chart
        caption=${msg('Fjernede innlegg per regel')}
        label-header=${msg('Regel')}
        value-header=${msg('Fjernet')}
        .rows=${data.removalsPerRule.map((row) => ({
          label: row.ruleTitle ? msg(str`${row.rule}. ${row.ruleTitle}`) : msg(str`Regel ${row.rule}`),
          value: row.removals,
        }))}
      ></sh-bar-chart>
      ${this.csvLink('removals-per-rule', msg('fjerninger per regel'))}
    `;
  }

  private renderContact(data: StatsDashboardDto): TemplateResult {
    return html`
      <h2>${msg('Kontakt og brukerundersøkelse')}</h2>
      <sh-column-chart
        caption=${msg('Kontaktsamtaler per måned')}
        label-header=${msg('Måned')}
        value-header=${msg('Samtaler')}
        .points=${data.conversationsPerMonth.map((row) => ({ label: row.month, value: row.conversations }))}
        .formatLabel=${monthLabel}
      ></sh-column-chart>
      ${this.csvLink('conversations-per-month', msg('samtaler per måned'))}
      <sh-bar-chart
        caption=${msg('Svar per brukerundersøkelse')}
        label-header=${msg('Undersøkelse')}
        value-header=${msg('Svar')}
        .rows=${data.surveyResponses.map((row) => ({ label: row.title, value: row.responses }))}
      ></sh-bar-chart>
      ${this.csvLink('survey-responses', msg('svar per undersøkelse'))}
    `;
  }

  private table(caption: string, headers: string[], rows: string[][]): TemplateResult {
    if (rows.length === 0) {
      return html`<p><strong>${caption}</strong></p>
        <p class="meta">${msg('Ingen tall ennå.')}</p>`;
    }
    return html`<div class="table-wrap">
      <table>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${headers.map((header, index) => html`<th scope="col" class=${index === 0 ? '' : 'num'}>${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, index) =>
                  index === 0 ? html`<th scope="row">${cell}</th>` : html`<td class="num">${cell}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const gate = staffGate(this.session, ['admin'], this.connection.online);
    const data = this.dashboard;
    return html`
      <h1 tabindex="-1">${msg('Statistikk')}</h1>
      ${
        gate ??
        html`
          ${this.error ? html`<p class="error-box" role="alert">${this.error}</p>` : nothing}
          ${
            data
              ? html`
                  <p class="meta">
                    ${msg(str`Tall per ${formatDate(data.generatedAt)} kl. ${formatTime(data.generatedAt)}. Bare antall, aldri enkeltpersoner (unntatt aliasene i listen over de mest aktive).`)}
                  </p>
                  ${this.renderHeadline(data)} ${this.renderReach(data)} ${this.renderForum(data)}
                  ${this.renderContact(data)}
                  <sh-research-export-panel></sh-research-export-panel>
                `
              : this.error
                ? nothing
                : html`<p class="meta" role="status">${msg('Henter statistikk …')}</p>`
          }
        `
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-stats-page': ShStatsPage;
  }
}
