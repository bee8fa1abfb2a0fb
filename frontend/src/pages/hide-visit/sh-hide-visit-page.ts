import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { pageStyles } from '../../styles/page.styles.js';

interface BrowserHelp {
  name: string;
  privately: string;
  clear: string;
}

/**
 * /skjul-besoket: what "leave quickly" can and cannot do, and how to browse privately or clear the
 * history in the common browsers. Plain text that works offline (the page is part of the build).
 */
@localized()
@customElement('sh-hide-visit-page')
export class ShHideVisitPage extends LitElement {
  static override styles = [
    pageStyles,
    css`
      dt {
        font-weight: 650;
        margin-top: 0.9rem;
      }
      dd {
        margin: 0.2rem 0 0;
      }
      kbd {
        font: inherit;
        font-size: 0.9em;
        border: 1px solid var(--sh-border);
        border-radius: 0.25rem;
        padding: 0 0.25rem;
        background: var(--sh-surface);
      }
    `,
  ];

  private browsers(): BrowserHelp[] {
    return [
      {
        name: 'Google Chrome',
        privately: msg('Meny (⋮) → «Nytt inkognitovindu». På PC: Ctrl+Shift+N, på Mac: ⌘+Shift+N.'),
        clear: msg('Meny (⋮) → «Slett nettlesingsdata» → velg tidsrom og «Nettleserlogg». På PC: Ctrl+Shift+Delete.'),
      },
      {
        name: 'Safari (iPhone, iPad, Mac)',
        privately: msg(
          'iPhone/iPad: trykk på fane-knappen og velg «Privat». Mac: Arkiv → «Nytt privat vindu» (⌘+Shift+N).',
        ),
        clear: msg('iPhone/iPad: Innstillinger → Safari → «Tøm logg og nettstedsdata». Mac: Logg → «Tøm logg …».'),
      },
      {
        name: 'Mozilla Firefox',
        privately: msg('Meny (☰) → «Nytt privat vindu». På PC: Ctrl+Shift+P, på Mac: ⌘+Shift+P.'),
        clear: msg('Meny (☰) → Historikk → «Slett nylig historikk». På PC: Ctrl+Shift+Delete.'),
      },
      {
        name: 'Microsoft Edge',
        privately: msg('Meny (…) → «Nytt InPrivate-vindu». På PC: Ctrl+Shift+N.'),
        clear: msg('Meny (…) → Innstillinger → Personvern → «Fjern nettleserdata». På PC: Ctrl+Shift+Delete.'),
      },
      {
        name: 'Samsung Internet',
        privately: msg('Trykk på fane-knappen og velg «Slå på hemmelig modus».'),
        clear: msg('Meny (☰) → Innstillinger → Personlige nettleserdata → «Slett nettleserdata».'),
      },
    ];
  }

  override render() {
    const browsers = this.browsers();
    return html`
      <h1 tabindex="-1">${msg('Slik skjuler du besøket')}</h1>
      <p class="lead">
        ${msg(
          'Bruker du en PC, mobil eller nettbrett som andre også bruker, kan de se hvilke nettsider du har besøkt. Her er det som faktisk hjelper.',
        )}
      </p>

      <h2>${msg('Det «Forlat siden raskt» gjør – og ikke gjør')}</h2>
      <p>
        ${msg(
          'Knappen (eller Shift tre ganger) bytter straks til yr.no. Den siden du var på, byttes ut med yr.no i historikken, men andre sider du så her, ligger fortsatt i nettleserens historikk. Knappen kan ikke slette historikken – det kan bare du gjøre i nettleseren.',
        )}
      </p>
      <p>
        ${msg(
          'I innstillingene kan du slå på diskret modus. Da legger tjenesten bare én side i historikken, og nettleserens Tilbake-knapp går rett ut av tjenesten.',
        )}
        <a href="/innstillinger">${msg('Til innstillingene')}</a>
      </p>

      <h2>${msg('Best: bruk privat surfing')}</h2>
      <p>
        ${msg(
          'I et privat vindu lagrer ikke nettleseren historikk, informasjonskapsler eller det du skriver i skjemaer når du lukker vinduet. Åpne et privat vindu før du går inn på tjenesten.',
        )}
      </p>
      <dl>
        ${browsers.map(
          (browser) =>
            html`<dt>${browser.name}</dt>
              <dd>${browser.privately}</dd>`,
        )}
      </dl>

      <h2>${msg('Slett historikken etterpå')}</h2>
      <p>${msg('Har du besøkt tjenesten i et vanlig vindu, kan du slette historikken for tidsrommet du var her.')}</p>
      <dl>
        ${browsers.map(
          (browser) =>
            html`<dt>${browser.name}</dt>
              <dd>${browser.clear}</dd>`,
        )}
      </dl>

      <h2>${msg('Det tjenesten selv har lagret')}</h2>
      <p>
        ${msg(
          'Artikler du har lest, utkast og samtaler du har valgt å lagre, ligger i nettleserens lagring, ikke i historikken. «Tøm denne enheten» i innstillingene sletter alt dette og logger deg ut.',
        )}
        <a href="/innstillinger">${msg('Tøm denne enheten')}</a>
      </p>
      <p>
        ${msg(
          'Adressefeltet kan fortsatt foreslå adressen når du skriver noe som ligner. Slett historikken som vist over, så forsvinner forslaget også.',
        )}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sh-hide-visit-page': ShHideVisitPage;
  }
}
