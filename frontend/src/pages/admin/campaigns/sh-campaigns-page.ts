import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import type { CampaignDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ApiError, type FetchFn } from '../../../data/api.js';
import { createCampaign, listCampaigns, setCampaignArchived, updateCampaign } from '../../../data/campaigns.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { staffGate } from '../staff-gate.js';
import { StaffLoadController } from '../staff-load.controller.js';
import type { CampaignSaveEvent, ShCampaignForm } from './sh-campaign-form.js';
import type { CampaignArchiveEvent, CampaignUpdateEvent } from './sh-campaign-item.js';
import './sh-campaign-form.js';
import './sh-campaign-item.js';
import { errorText } from '../../../text/error-text.js';

function problemText(error: unknown): string {
  return error instanceof ApiError ? errorText(error) : msg('Fikk ikke kontakt med serveren. Ingenting er endret.');
}

/** /admin/kampanjer (admins): campaigns with short links, counts, QR codes and printable cards. */
@localized()
@customElement('sh-campaigns-page')
export class ShCampaignsPage extends LitElement {
  static override styles = [pageStyles, formStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  @state() private campaigns: CampaignDto[] | null = null;
  @state() private loadFailure = '';
  /** The failed create request: the form shows its field codes at the fields. */
  @state() private createFailure: unknown = null;
  @state() private creating = false;
  @state() private created = '';
  /** The campaign a request is running for, and a failure per campaign. */
  @state() private busyId = '';
  @state() private itemErrors: Record<string, string> = {};

  @query('sh-campaign-form#new') private newForm?: ShCampaignForm;

  constructor() {
    super();
    new StaffLoadController(this, { roles: ['admin'], load: () => this.load() });
  }

  private async load(): Promise<void> {
    try {
      this.campaigns = await listCampaigns(this.fetchFn);
      this.loadFailure = '';
    } catch (error) {
      this.loadFailure =
        error instanceof ApiError ? errorText(error) : msg('Fikk ikke hentet kampanjene. Sjekk nettet og prøv igjen.');
    }
  }

  private replace(campaign: CampaignDto): void {
    this.campaigns = (this.campaigns ?? []).map((c) => (c.id === campaign.id ? campaign : c));
  }

  private async create(event: CampaignSaveEvent): Promise<void> {
    this.creating = true;
    this.createFailure = null;
    this.created = '';
    try {
      const campaign = await createCampaign(event.detail, this.fetchFn);
      this.campaigns = [campaign, ...(this.campaigns ?? [])];
      this.created = msg(str`Kampanjen «${campaign.name}» er opprettet. Kortlenken er ${campaign.shortUrl}`);
      this.newForm?.reset();
    } catch (error) {
      this.createFailure = error;
    } finally {
      this.creating = false;
    }
  }

  private async runFor(id: string, request: () => Promise<CampaignDto>): Promise<void> {
    this.busyId = id;
    this.itemErrors = { ...this.itemErrors, [id]: '' };
    try {
      this.replace(await request());
    } catch (error) {
      this.itemErrors = { ...this.itemErrors, [id]: problemText(error) };
    } finally {
      this.busyId = '';
    }
  }

  private onUpdate(event: CampaignUpdateEvent): void {
    const { id, input } = event.detail;
    void this.runFor(id, () => updateCampaign(id, input, this.fetchFn));
  }

  private onArchive(event: CampaignArchiveEvent): void {
    const { id, archived } = event.detail;
    void this.runFor(id, () => setCampaignArchived(id, archived, this.fetchFn));
  }

  private renderList(id: string, title: string, campaigns: CampaignDto[], empty: string) {
    return html`<section aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      ${
        campaigns.length === 0
          ? html`<p class="meta">${empty}</p>`
          : campaigns.map(
              (campaign) =>
                html`<sh-campaign-item
                  .campaign=${campaign}
                  .busy=${this.busyId === campaign.id}
                  .error=${this.itemErrors[campaign.id] ?? ''}
                ></sh-campaign-item>`,
            )
      }
    </section>`;
  }

  private renderContent() {
    if (this.loadFailure && !this.campaigns) return html`<p class="error-box" role="alert">${this.loadFailure}</p>`;
    if (!this.campaigns) return html`<p class="meta">${msg('Henter …')}</p>`;
    const active = this.campaigns.filter((c) => c.archivedAt === null);
    const archived = this.campaigns.filter((c) => c.archivedAt !== null);
    return html`
      <section aria-labelledby="new-heading" class="card">
        <h2 id="new-heading">${msg('Ny kampanje')}</h2>
        <sh-campaign-form
          id="new"
          .busy=${this.creating}
          .failure=${this.createFailure}
          @campaign-save=${this.create}
        ></sh-campaign-form>
        ${this.created ? html`<p class="notice" role="status">${this.created}</p>` : nothing}
      </section>
      <div @campaign-update=${this.onUpdate} @campaign-archive=${this.onArchive}>
        ${this.renderList('active', msg('Aktive kampanjer'), active, msg('Ingen aktive kampanjer ennå. Opprett den første over.'))}
        ${archived.length > 0 ? this.renderList('archived', msg('Arkiverte kampanjer'), archived, '') : nothing}
      </div>
    `;
  }

  override render() {
    const gate = staffGate(this.session, ['admin'], navigator.onLine);
    return html`
      <h1 tabindex="-1">${msg('Kampanjer og kort')}</h1>
      ${
        gate ??
        html`<p class="lead">
            ${msg(
              'Hver kampanje får en kort lenke og en QR-kode til kort, plakater og annonser. Vi teller bare hvor mange ganger lenken åpnes og hvor mange besøk som kommer gjennom den – ingenting om hvem.',
            )}
          </p>
          ${this.renderContent()}`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-campaigns-page': ShCampaignsPage;
  }
}
