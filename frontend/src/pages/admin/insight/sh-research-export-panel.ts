import { localized, msg } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { RESEARCH_DICTIONARY_URL, researchExportUrl } from '../../../data/insight.js';
import { embeddedHostStyles, formStyles } from '../../../styles/form.styles.js';
import { pageStyles } from '../../../styles/page.styles.js';

/**
 * The research export on the statistics page: plain download links (the server names the file),
 * what the file holds, and that every download is written to the audit log.
 */
@localized()
@customElement('sh-research-export-panel')
export class ShResearchExportPanel extends LitElement {
  static override styles = [pageStyles, formStyles, embeddedHostStyles];

  override render() {
    return html`
      <section aria-labelledby="research-heading">
        <h2 id="research-heading">${msg('Forskningsuttrekk')}</h2>
        <p>
          ${msg(
            'Publiserte foruminnlegg fra medlemmer som har samtykket til forskning i dag. Aliasene er byttet ut med faste koder. Fjernede og skjulte innlegg og innlegg fra Redaksjonen er aldri med. Har noen trukket samtykket, er innleggene deres ikke med.',
          )}
        </p>
        <div class="notice" role="note">
          <p>${msg('Hver nedlasting blir skrevet i revisjonsloggen med ditt alias og tidspunkt.')}</p>
        </div>
        <div class="actions">
          <a class="button" href=${researchExportUrl('jsonl')} download>${msg('Last ned som JSON Lines')}</a>
          <a class="button secondary" href=${researchExportUrl('csv')} download>${msg('Last ned som CSV')}</a>
          <a href=${RESEARCH_DICTIONARY_URL} target="_blank" rel="noopener"
            >${msg('Databeskrivelse (alle feltene forklart)')}</a
          >
        </div>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-research-export-panel': ShResearchExportPanel;
  }
}
