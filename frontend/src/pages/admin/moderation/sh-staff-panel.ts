import { localized, msg, str } from '@lit/localize';
import { GRANTABLE_ROLES, type GrantableRole, type StaffMemberDto } from '@sexhandel/shared';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FetchFn } from '../../../data/api.js';
import { FormErrorsController } from '../../../components/form-errors.controller.js';
import { fetchStaff, setStaffRoles } from '../../../data/moderation.js';
import { ServerListController } from '../../../state/server-list.controller.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';
import { roleLabel } from '../../../text/role-text.js';
import { moderationStyles } from './moderation.styles.js';

/** Ansatte (admin only): staff accounts with a checkbox per role; grant a role to a member by alias. */
@localized()
@customElement('sh-staff-panel')
export class ShStaffPanel extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles, moderationStyles];

  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private newAlias = '';
  @state() private status = '';
  /** The grant form's errors; the server names no field, only that no member has the alias. */
  private readonly errors = new FormErrorsController(
    this,
    {
      alias: {
        id: 'new-alias',
        label: () => msg('Kallenavn'),
        texts: { not_found: () => msg('Ingen medlem har dette kallenavnet. Sjekk skrivemåten.') },
      },
    },
    { not_found: 'alias', account_not_found: 'alias' },
  );

  private readonly list = new ServerListController<StaffMemberDto>(this, async () => ({
    items: await fetchStaff(this.fetchFn),
  }));

  private async save(alias: string, roles: GrantableRole[]): Promise<void> {
    this.list.showProblem(null);
    try {
      await setStaffRoles(alias, roles, this.fetchFn);
      this.status = msg(str`Rollene til ${alias} er lagret.`);
      await this.list.reload();
    } catch (error) {
      this.list.fail(error);
    }
  }

  private toggle(member: StaffMemberDto, role: GrantableRole, on: boolean): void {
    const current = GRANTABLE_ROLES.filter((r) => member.roles.includes(r));
    const roles = on ? [...current, role] : current.filter((r) => r !== role);
    void this.save(member.alias, roles);
  }

  private async grant(event: Event): Promise<void> {
    event.preventDefault();
    const alias = this.newAlias.trim();
    if (!alias) {
      this.errors.show([['alias', msg('Skriv kallenavnet.')]]);
      return;
    }
    this.errors.clear();
    this.list.showProblem(null);
    try {
      await setStaffRoles(alias, ['moderator'], this.fetchFn);
      this.status = msg(str`Rollene til ${alias} er lagret.`);
      this.newAlias = '';
      await this.list.reload();
    } catch (error) {
      // The alias stays in the field, to be corrected.
      this.errors.showError(error);
    }
  }

  override render() {
    const { items: staff, problem } = this.list;
    return html`
      <p class="status-line" role="status">${this.status}</p>
      ${problem ? html`<p class="error-box" role="alert">${problem}</p>` : nothing}
      ${
        staff === null
          ? nothing
          : html`<ul class="plain">
              ${staff.map(
                (m) =>
                  html`<li class="card">
                    <fieldset>
                      <legend>${m.alias}</legend>
                      ${GRANTABLE_ROLES.map(
                        (role) =>
                          html`<label class="choice"
                            ><input
                              type="checkbox"
                              .checked=${m.roles.includes(role)}
                              @change=${(e: Event) => this.toggle(m, role, (e.target as HTMLInputElement).checked)}
                            />
                            ${roleLabel(role)}</label
                          >`,
                      )}
                    </fieldset>
                  </li>`,
              )}
            </ul>`
      }
      ${this.errors.renderSummary()}
      <form class="row-form" @submit=${this.grant} novalidate>
        <div class="field">
          <label for="new-alias">${msg('Gjør et medlem til moderator (kallenavn)')}</label>
          ${this.errors.renderFieldError('new-alias')}
          <input
            type="text"
            id="new-alias"
            aria-invalid=${this.errors.invalid('new-alias')}
            aria-describedby=${this.errors.describedBy('new-alias')}
            .value=${this.newAlias}
            @input=${(e: Event) => (this.newAlias = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button">${msg('Gi rollen')}</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-staff-panel': ShStaffPanel;
  }
}
