import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FetchFn } from '../../../data/api.js';
import { appDb, type AppDB } from '../../../data/app-db.js';
import { sessionStateContext } from '../../../state/contexts.js';
import type { SessionState } from '../../../state/session.service.js';
import { formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { inboxStyles } from '../contact/inbox.styles.js';
import { hasStaffRole, staffGate } from '../staff-gate.js';
import './sh-audit-log.js';
import './sh-blocked-domains-panel.js';
import './sh-flag-queue.js';
import './sh-removal-archive.js';
import './sh-staff-panel.js';
import './sh-suspensions-panel.js';
import { OnlineController } from '../../../state/online.controller.js';

export const MODERATION_TABS = ['ko', 'fjernet', 'logg', 'utestengelser', 'domener', 'ansatte'] as const;
export type ModerationTab = (typeof MODERATION_TABS)[number];

/** `?fane=` as typed in the address: an unknown tab is the flag queue. */
export function moderationTab(value: string | null | undefined): ModerationTab {
  return (MODERATION_TABS as readonly string[]).includes(value ?? '') ? (value as ModerationTab) : 'ko';
}

function tabLabel(tab: ModerationTab): string {
  switch (tab) {
    case 'ko':
      return msg('Flaggkø');
    case 'fjernet':
      return msg('Fjernet');
    case 'logg':
      return msg('Logg');
    case 'utestengelser':
      return msg('Utestengelser');
    case 'domener':
      return msg('Blokkerte domener');
    case 'ansatte':
      return msg('Ansatte');
  }
}

/** /admin/moderering: the moderators' screens, one tab each. Staff only, online only. */
@localized()
@customElement('sh-moderation-page')
export class ShModerationPage extends LitElement {
  static override styles = [pageStyles, formStyles, inboxStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;
  @property({ attribute: false }) db: AppDB = appDb;

  @consume({ context: sessionStateContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionState;

  /** The tab asked for (`?fane=`, as in the address). */
  @property() tab: string = 'ko';

  private readonly connection = new OnlineController(this);

  /** The tab shown: the one asked for if it exists and the person may see it, else the flag queue. */
  private get shownTab(): ModerationTab {
    const tab = moderationTab(this.tab);
    return tab === 'ansatte' && this.session?.me && !hasStaffRole(this.session, ['admin']) ? 'ko' : tab;
  }

  private selectTab(tab: ModerationTab): void {
    this.tab = tab;
    history.replaceState(null, '', tab === 'ko' ? '/admin/moderering' : `/admin/moderering?fane=${tab}`);
  }

  private renderPanel() {
    switch (this.shownTab) {
      case 'ko':
        return html`<sh-flag-queue .db=${this.db} .fetchFn=${this.fetchFn}></sh-flag-queue>`;
      case 'fjernet':
        return html`<sh-removal-archive .fetchFn=${this.fetchFn}></sh-removal-archive>`;
      case 'logg':
        return html`<sh-audit-log .fetchFn=${this.fetchFn}></sh-audit-log>`;
      case 'utestengelser':
        return html`<sh-suspensions-panel .fetchFn=${this.fetchFn}></sh-suspensions-panel>`;
      case 'domener':
        return html`<sh-blocked-domains-panel .fetchFn=${this.fetchFn}></sh-blocked-domains-panel>`;
      case 'ansatte':
        return html`<sh-staff-panel .fetchFn=${this.fetchFn}></sh-staff-panel>`;
    }
  }

  override render() {
    const gate = staffGate(this.session, ['moderator'], this.connection.online);
    const tabs = MODERATION_TABS.filter((tab) => tab !== 'ansatte' || hasStaffRole(this.session, ['admin']));
    return html`
      <h1 tabindex="-1">${msg('Moderering')}</h1>
      ${
        gate ??
        html`
          <div class="tabs" role="group" aria-label=${msg('Moderering')}>
            ${tabs.map(
              (tab) =>
                html`<button
                  type="button"
                  aria-pressed=${this.shownTab === tab ? 'true' : 'false'}
                  @click=${() => this.selectTab(tab)}
                >
                  ${tabLabel(tab)}
                </button>`,
            )}
          </div>
          <section aria-label=${tabLabel(this.shownTab)}>${this.renderPanel()}</section>
          <p><a href="/moderering-logg">${msg('Den offentlige moderasjonsloggen')}</a></p>
        `
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-moderation-page': ShModerationPage;
  }
}
