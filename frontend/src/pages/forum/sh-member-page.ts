import { localized, msg } from '@lit/localize';
import type { MemberProfileDto } from '@sexhandel/shared';
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDate } from '../../text/format.js';
import { ApiError, type FetchFn } from '../../data/api.js';
import { fetchMemberProfile } from '../../data/forum.js';
import { shEvent } from '../../events.js';
import { pageStyles } from '../../styles/page.styles.js';
import { forumStyles } from './forum.styles.js';

type MemberState = 'loading' | 'ready' | 'missing' | 'offline' | 'failed';

/** /forum/medlem/:alias: alias, when they joined and how many posts are published. Nothing else is public. */
@localized()
@customElement('sh-member-page')
export class ShMemberPage extends LitElement {
  static override styles = [pageStyles, forumStyles];

  @property() alias = '';
  @property({ attribute: false }) fetchFn?: FetchFn;

  @state() private profile: MemberProfileDto | null = null;
  @state() private memberState: MemberState = 'loading';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('alias') && this.alias) void this.load();
  }

  private async load(): Promise<void> {
    this.memberState = 'loading';
    try {
      this.profile = await fetchMemberProfile(this.alias, this.fetchFn);
      this.memberState = 'ready';
      this.dispatchEvent(shEvent('sh-title', { title: this.profile.alias }));
    } catch (error) {
      this.profile = null;
      if (error instanceof ApiError && error.status === 404) this.memberState = 'missing';
      else this.memberState = error instanceof TypeError ? 'offline' : 'failed';
    }
  }

  override render() {
    const profile = this.profile;
    if (!profile) {
      const text =
        this.memberState === 'loading'
          ? msg('Henter …')
          : this.memberState === 'missing'
            ? msg('Det finnes ikke noe medlem med dette aliaset.')
            : this.memberState === 'offline'
              ? msg('Medlemssider kan bare vises når du er på nett.')
              : msg('Kunne ikke hente medlemssiden akkurat nå.');
      return html`<h1 tabindex="-1">${this.alias}</h1>
        <p>${text}</p>
        <p><a href="/forum">${msg('Til forumet')}</a></p>`;
    }
    return html`
      <p class="meta"><a href="/forum">← ${msg('Til forumet')}</a></p>
      <h1 tabindex="-1">${profile.alias}</h1>
      <dl class="card">
        <dt>${msg('Medlem siden')}</dt>
        <dd>${formatDate(profile.joinedAt)}</dd>
        <dt>${msg('Publiserte innlegg')}</dt>
        <dd>${profile.postCount}</dd>
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-member-page': ShMemberPage;
  }
}
